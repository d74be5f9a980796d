"use client";

import { useState, useSyncExternalStore } from "react";
import { formatDateTime } from "@/lib/format/format";
import type { InvitationJson } from "@/lib/users/admin-requests";
import styles from "./admin.module.css";

const noSubscribe = () => () => {};

/** The one-time link, shown once: only its hash is stored, so it cannot be shown again later. */
export function InvitationLink({ invitation }: { invitation: InvitationJson }) {
  const origin = useSyncExternalStore(noSubscribe, () => window.location.origin, () => "");
  const url = `${origin}/invite/${invitation.token}`;
  const [copied, setCopied] = useState(false);
  return (
    <div className={styles.invitation} data-testid="invitation-link">
      <p>
        Send this link to <strong>{invitation.user.name}</strong> ({invitation.user.email}). It works once, until{" "}
        {formatDateTime(invitation.expiresAt)}, and is shown only now.
      </p>
      <div className={styles.copyRow}>
        <input className="input mono" readOnly value={url} aria-label="Invitation link" onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className="button"
          onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false))}
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
    </div>
  );
}
