"use client";

import { canonicaliseUrl, UrlError } from "@/lib/urls/canonical-url";
import { platformName } from "@/lib/format/format";
import { FieldErrors } from "./field-errors";
import styles from "./log-form.module.css";

/** What the pasted URL canonicalises to, computed in the browser (the same pure function the server uses). */
export function describeUrl(url: string): { canonical: string; platform: string; account: string | null } | { error: string } | null {
  if (!url.trim()) return null;
  try {
    const result = canonicaliseUrl(url);
    return { canonical: result.canonical, platform: result.platform, account: result.account };
  } catch (error) {
    return { error: error instanceof UrlError ? error.message : "Not a valid URL" };
  }
}

export function UrlField({ value, onChange, errors }: { value: string; onChange: (url: string) => void; errors: string[] }) {
  const described = describeUrl(value);
  return (
    <div className={`field ${styles.wide}`}>
      <label htmlFor="log-url">URL of the content</label>
      <input
        id="log-url"
        className="input"
        type="text"
        inputMode="url"
        autoComplete="off"
        autoFocus
        placeholder="Paste a link — https://…, defanged example[.]com works too"
        value={value}
        aria-describedby="log-url-canonical log-url-errors"
        aria-invalid={errors.length > 0 || (described !== null && "error" in described) || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id="log-url-canonical" className={styles.hint} aria-live="polite">
        {described && "canonical" in described && (
          <>
            <span className="badge badge-neutral">{platformName(described.platform)}</span> <code className="break">{described.canonical}</code>
          </>
        )}
        {described && "error" in described && <span className={styles.errorText}>{described.error}</span>}
      </p>
      <FieldErrors id="log-url-errors" messages={errors} />
    </div>
  );
}
