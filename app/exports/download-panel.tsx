"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { ErrorState } from "@/components/ui/states";
import { downloadWithProgress, saveFile, type DownloadProgress } from "@/lib/exports/client-download";
import { FORMAT_INFO } from "@/lib/exports/format-info";
import type { ExportFormat } from "@/lib/exports/schemas";
import type { SnapshotView } from "@/lib/exports/snapshots";
import { formatBytes, formatInteger } from "@/lib/format/format";
import { apiSend } from "@/lib/lookups/api-send";
import { keys } from "@/lib/query-keys";
import type { FilterValues } from "./export-filters";
import { SnapshotManifest } from "./snapshot-manifest";
import styles from "./exports.module.css";

type Status =
  | { state: "idle" }
  | { state: "running"; progress: DownloadProgress | null }
  | { state: "done"; fileName: string; bytes: number }
  | { state: "error"; error: unknown };

/** Download now (streamed, with bytes received) or save as a snapshot (pinned files with an id). */
export function DownloadPanel({ format, filter, options = {} }: { format: ExportFormat; filter: FilterValues; options?: Record<string, string | undefined> }) {
  const id = useId();
  const [status, setStatus] = useState<Status>({ state: "idle" });
  const abort = useRef<AbortController | null>(null);
  const queryClient = useQueryClient();
  const query = { format, ...filter, ...options };
  const snapshot = useMutation({
    mutationFn: () => apiSend<{ snapshot: SnapshotView }>("POST", "/api/exports/snapshots", Object.fromEntries(Object.entries(query).filter(([, v]) => v))),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.exports.all }),
  });

  async function download() {
    abort.current = new AbortController();
    setStatus({ state: "running", progress: null });
    try {
      const file = await downloadWithProgress("/api/exports", query, (progress) => setStatus({ state: "running", progress }), abort.current.signal);
      saveFile(file);
      setStatus({ state: "done", fileName: file.fileName, bytes: file.blob.size });
    } catch (error) {
      setStatus(error instanceof DOMException && error.name === "AbortError" ? { state: "idle" } : { state: "error", error });
    }
  }

  const running = status.state === "running";
  return (
    <section className={`panel ${styles.section}`} aria-labelledby={`${id}-title`}>
      <div className="panel-header">
        <h2 id={`${id}-title`}>3. Export</h2>
      </div>
      <div className={styles.actions}>
        <button type="button" className="button button-primary" onClick={download} disabled={running || snapshot.isPending}>
          Download {FORMAT_INFO[format].label}
        </button>
        {running && (
          <button type="button" className="button" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        )}
        <button type="button" className="button" onClick={() => snapshot.mutate()} disabled={running || snapshot.isPending}>
          {snapshot.isPending ? "Saving snapshot…" : "Save as snapshot"}
        </button>
      </div>
      <div className={styles.status} aria-live="polite">
        {status.state === "running" && (
          <p>
            <progress className={styles.progress} aria-label="Export progress" />
            {status.progress
              ? ` Receiving: ${formatBytes(status.progress.bytes)}${status.progress.items !== null ? ` of an export of ${formatInteger(status.progress.items)} items` : ""}…`
              : " Preparing the export…"}
          </p>
        )}
        {status.state === "done" && (
          <p role="status">
            Downloaded <code className="break">{status.fileName}</code> ({formatBytes(status.bytes)}).
          </p>
        )}
      </div>
      {status.state === "error" && <ErrorState error={status.error} title="The export could not be made" />}
      {snapshot.error && <ErrorState error={snapshot.error} title="The snapshot could not be saved" />}
      {snapshot.data && <SnapshotManifest snapshot={snapshot.data.snapshot} />}
    </section>
  );
}
