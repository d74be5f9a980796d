"use client";

import { countryName } from "@/lib/format/codes";
import { FieldErrors } from "./field-errors";
import styles from "./log-form.module.css";
import { Typeahead } from "./typeahead";

/** Target countries as chips, added by typing a name or an ISO code. */
export function CountryField({ value, onChange, errors }: { value: string[]; onChange: (next: string[]) => void; errors: string[] }) {
  return (
    <div className="field">
      <label htmlFor="log-countries">Target countries</label>
      {value.length > 0 && (
        <ul className={styles.chips} aria-label="Target countries">
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
        inputId="log-countries"
        label="Target countries"
        placeholder="Name or code — Poland, PL"
        invalid={errors.length > 0}
        describedBy="log-countries-errors"
        onPick={(option) => !value.includes(option.id) && onChange([...value, option.id])}
      />
      <FieldErrors id="log-countries-errors" messages={errors} />
    </div>
  );
}
