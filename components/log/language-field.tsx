"use client";

import { useEffect, useMemo, useRef } from "react";
import { languageName } from "@/lib/format/codes";
import { detectLanguage, STORED_DETECTION_CONFIDENCE } from "@/lib/text/language-detect";
import { FieldErrors } from "./field-errors";
import styles from "./log-form.module.css";
import { useDebouncedValue } from "./use-debounced-value";

/**
 * The content's languages (BCP 47, comma-separated). A confident guess of the detector is filled in and marked
 * "detected" until the person types their own; an unsure one is only offered. What the person types is never
 * replaced.
 */
export function LanguageField({
  value,
  detected: isDetected,
  text,
  onChange,
  errors,
}: {
  value: string;
  detected: boolean;
  text: string;
  onChange: (tags: string, detected: boolean) => void;
  errors: string[];
}) {
  const sample = useDebouncedValue(text, 300);
  const guess = useMemo(() => detectLanguage(sample), [sample]);
  const confident = guess && guess.confidence >= STORED_DETECTION_CONFIDENCE ? guess.tag : "";
  // Once the person has typed here, the field is theirs: clearing it to retype must not bring the guess back.
  const typed = useRef(false);
  useEffect(() => {
    const canFill = !typed.current && (isDetected || value.trim() === "");
    if (canFill && confident !== value) onChange(confident, confident !== "");
  }, [isDetected, confident, value, onChange]);
  const offer = guess && !confident && !value.includes(guess.tag) ? guess : null;
  const tags = value.split(/[\s,;]+/).filter(Boolean);
  return (
    <div className="field">
      <label htmlFor="log-language">
        Languages (BCP 47){isDetected && <span className={`badge ${styles.detected}`}>detected</span>}
      </label>
      <input
        id="log-language"
        className="input"
        autoComplete="off"
        placeholder="e.g. pl, en, pt-BR"
        value={value}
        aria-describedby="log-language-hint log-language-errors"
        aria-invalid={errors.length > 0 || undefined}
        onChange={(e) => {
          typed.current = true;
          onChange(e.target.value, false);
        }}
      />
      <p id="log-language-hint" className={styles.hint} aria-live="polite">
        {isDetected && <span className="muted">Detected from the text: {languageName(value)} — change it if wrong. </span>}
        {!isDetected && tags.length > 0 && <span className="muted">{tags.map(languageName).join(", ")}</span>}
        {offer && (
          <>
            Detected: {languageName(offer.tag)} ({offer.tag}), unsure —{" "}
            <button type="button" className={styles.linkButton} onClick={() => {
                typed.current = true;
                onChange(value.trim() ? `${value}, ${offer.tag}` : offer.tag, false);
              }}>
              use
            </button>
          </>
        )}
      </p>
      <FieldErrors id="log-language-errors" messages={errors} />
    </div>
  );
}
