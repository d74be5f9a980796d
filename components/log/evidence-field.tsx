"use client";

import { useState } from "react";
import { formatBytes } from "@/lib/format/format";
import { ApiClientError } from "@/lib/http/api-client";
import type { ApiErrorBody } from "@/lib/http/errors";
import { FieldErrors } from "./field-errors";
import type { EvidenceEntry } from "./form-state";
import styles from "./log-form.module.css";

async function upload(file: File): Promise<EvidenceEntry> {
  const response = await fetch("/api/evidence", { method: "POST", body: file, headers: { "X-File-Name": encodeURIComponent(file.name) } });
  const body = (await response.json().catch(() => null)) as (EvidenceEntry & Partial<ApiErrorBody>) | null;
  if (!response.ok || !body) throw new ApiClientError(response.status, body?.error?.code ?? "http_error", body?.error?.message ?? `Upload failed (${response.status})`);
  return body;
}

/**
 * Evidence files, uploaded as soon as they are chosen: the server sniffs the type from the bytes and returns the
 * SHA-256, which also feeds the duplicate check. They are linked to the item when the sighting is saved.
 */
export function EvidenceField({ value, onChange, errors }: { value: EvidenceEntry[]; onChange: (next: EvidenceEntry[]) => void; errors: string[] }) {
  const [busy, setBusy] = useState(0);
  const [failures, setFailures] = useState<string[]>([]);
  const onFiles = async (files: FileList | null) => {
    if (!files?.length) return;
    const chosen = [...files];
    setBusy((n) => n + chosen.length);
    setFailures([]);
    const results = await Promise.allSettled(chosen.map(upload));
    setBusy((n) => n - chosen.length);
    const done = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    setFailures(results.flatMap((r, i) => (r.status === "rejected" ? [`${chosen[i].name}: ${(r.reason as Error).message}`] : [])));
    if (done.length) onChange([...value, ...done.filter((d) => !value.some((v) => v.sha256 === d.sha256))]);
  };
  return (
    <div className={`field ${styles.wide}`}>
      <label htmlFor="log-evidence">Evidence files (image, video, audio, PDF)</label>
      <input id="log-evidence" type="file" multiple accept="image/*,video/*,audio/*,application/pdf" onChange={(e) => {
        void onFiles(e.target.files);
        e.target.value = "";
      }} />
      {busy > 0 && <p className={styles.hint} role="status">Uploading {busy} file{busy === 1 ? "" : "s"}…</p>}
      {value.length > 0 && (
        <ul className={styles.entries} aria-label="Uploaded evidence">
          {value.map((e) => (
            <li key={e.uploadId} className={styles.entry}>
              <span className={styles.entryName}>
                {e.originalName ?? "file"} <span className="muted">· {e.mimeType} · {formatBytes(e.sizeBytes)}</span>
                <code className={`break ${styles.hash}`}>sha256 {e.sha256}</code>
              </span>
              <button type="button" className={styles.remove} aria-label={`Remove ${e.originalName ?? "file"}`} onClick={() => onChange(value.filter((v) => v.uploadId !== e.uploadId))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <FieldErrors messages={[...failures, ...errors]} />
    </div>
  );
}
