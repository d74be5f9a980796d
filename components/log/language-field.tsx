"use client";

import { useMemo } from "react";
import { languageName } from "@/lib/format/codes";
import { detectLanguage } from "@/lib/text/language-detect";
import { FieldErrors } from "./field-errors";
import styles from "./log-form.module.css";
import { useDebouncedValue } from "./use-debounced-value";

/** The language tag, with the detector's guess from the text offered — never applied without the person's say. */
export function LanguageField({ value, text, onChange, errors }: { value: string; text: string; onChange: (tag: string) => void; errors: string[] }) {
  const sample = useDebouncedValue(text, 300);
  const detected = useMemo(() => detectLanguage(sample), [sample]);
  const suggestion = detected && detected.tag !== value ? detected : null;
  return (
    <div className="field">
      <label htmlFor="log-language">Language (BCP 47)</label>
      <input
        id="log-language"
        className="input"
        autoComplete="off"
        placeholder="e.g. pl, en, pt-BR"
        value={value}
        aria-describedby="log-language-hint log-language-errors"
        aria-invalid={errors.length > 0 || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id="log-language-hint" className={styles.hint} aria-live="polite">
        {value && !suggestion && <span className="muted">{languageName(value)}</span>}
        {suggestion && (
          <>
            Detected: {languageName(suggestion.tag)} ({suggestion.tag}){suggestion.confidence < 0.5 ? ", unsure" : ""} —{" "}
            <button type="button" className={styles.linkButton} onClick={() => onChange(suggestion.tag)}>
              use
            </button>
          </>
        )}
      </p>
      <FieldErrors id="log-language-errors" messages={errors} />
    </div>
  );
}
