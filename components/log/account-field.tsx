"use client";

import { platformName } from "@/lib/format/format";
import { FieldErrors } from "./field-errors";
import type { AccountEntry } from "./form-state";
import styles from "./log-form.module.css";
import { Typeahead } from "./typeahead";

/**
 * The posting account: a known one, or a new handle on the sighting's platform. The handle in the pasted URL
 * (x.com/<handle>/status/…) is offered with one key press.
 */
export function AccountField({
  value,
  platform,
  fromUrl,
  onChange,
  errors,
}: {
  value: AccountEntry | null;
  platform: string;
  fromUrl: string | null;
  onChange: (account: AccountEntry | null) => void;
  errors: string[];
}) {
  const newOn = platform || "web";
  return (
    <div className="field">
      <label htmlFor="log-account">Posting account</label>
      {value ? (
        <div className={styles.entry}>
          <span className={styles.entryName}>
            @{value.handle} <span className="muted">on {platformName(value.platform)}</span>
            {!value.id && <span className="faint"> (new)</span>}
          </span>
          <button type="button" className={styles.remove} aria-label={`Remove account @${value.handle}`} onClick={() => onChange(null)}>
            ×
          </button>
        </div>
      ) : (
        <>
          <Typeahead
            kind="account"
            inputId="log-account"
            label="Posting account"
            platform={platform || undefined}
            placeholder="@handle"
            allowCreate
            invalid={errors.length > 0}
            describedBy="log-account-errors"
            onPick={(option, created) => {
              const handle = option.label.replace(/^@+/, "");
              const known = option.detail?.split(" · ")[0] ?? newOn;
              onChange(created ? { platform: newOn, handle } : { id: option.id, platform: known, handle });
            }}
          />
          {fromUrl && (
            <p className={styles.hint}>
              From the URL: @{fromUrl} —{" "}
              <button type="button" className={styles.linkButton} onClick={() => onChange({ platform: newOn, handle: fromUrl })}>
                use
              </button>
            </p>
          )}
        </>
      )}
      <FieldErrors id="log-account-errors" messages={errors} />
    </div>
  );
}
