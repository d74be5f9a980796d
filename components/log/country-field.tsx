"use client";

import { countryName } from "@/lib/format/codes";
import { FieldErrors } from "./field-errors";
import styles from "./log-form.module.css";
import { Typeahead } from "./typeahead";

interface CountryFieldProps {
  value: string[];
  onChange: (next: string[]) => void;
  errors: string[];
  id?: string;
  label?: string;
}

/** Countries as chips, added by typing a name or an ISO code (target countries unless told otherwise). */
export function CountryField({ value, onChange, errors, id = "log-countries", label = "Target countries" }: CountryFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {value.length > 0 && (
        <ul className={styles.chips} aria-label={label}>
          {value.map((code) => (
            <li key={code} className="chip">
              {countryName(code)} ({code})
              <button type="button" className={styles.remove} aria-label={`Remove ${countryName(code)}`} onClick={() => onChange(value.filter((c) => c !== code))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <Typeahead
        kind="country"
        inputId={id}
        label={label}
        placeholder="Name or code — Poland, PL"
        invalid={errors.length > 0}
        describedBy={`${id}-errors`}
        onPick={(option) => !value.includes(option.id) && onChange([...value, option.id])}
      />
      <FieldErrors id={`${id}-errors`} messages={errors} />
    </div>
  );
}
