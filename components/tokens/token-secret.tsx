"use client";

import { useState } from "react";
import type { CreatedTokenResponse } from "@/lib/api-v1/tokens/schemas";
import styles from "./tokens.module.css";

/** The one moment the secret exists outside the caller's hands: copy it now, it is never shown again. */
export function TokenSecret({ created, onDone }: { created: CreatedTokenResponse; onDone: () => void }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied("yes");
    } catch {
      setCopied("failed"); // clipboard blocked (no HTTPS, no permission): the field is selectable instead
    }
  };
  return (
    <div className={styles.secretBox} role="status">
      <p>
        <strong>{created.token.name}</strong> ({created.token.scope}) is ready. Copy the token now — <strong>it will not be shown again</strong>.
      </p>
      <div className={styles.secretRow}>
        <label htmlFor="token-secret" className="visually-hidden">New API token</label>
        <input id="token-secret" className={`input ${styles.secret}`} readOnly value={created.secret} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button button-primary" onClick={copy}>
          {copied === "yes" ? "Copied" : "Copy"}
        </button>
      </div>
      {copied === "failed" && <p className={styles.fieldError}>Copying was blocked by the browser: select the token and copy it by hand.</p>}
      <p className="muted">
        Use it as <code>Authorization: Bearer {created.token.prefix}…</code> — see the <a href="/developers">API page</a>.
      </p>
      <button type="button" className="button" onClick={onDone}>I have stored it</button>
    </div>
  );
}
