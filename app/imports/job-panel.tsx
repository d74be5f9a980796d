"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { FailuresTable } from "@/components/imports/failures-table";
import { KeptRaw } from "@/components/imports/kept-raw";
import { ProgressBar } from "@/components/imports/progress-bar";
import { ReportCounts } from "@/components/imports/report-counts";
import { ErrorState } from "@/components/ui/states";
import { cancelImport } from "@/lib/imports/client-api";
import { importKeys, importQueries } from "@/lib/imports/query-options";
import { MappingStep } from "./mapping-step";
import styles from "./imports.module.css";

/** One job, at whatever step it is: mapping, progress (polled while it runs), or the report. */
export function JobPanel({ jobId, onDone }: { jobId: string; onDone: () => void }) {
  const queryClient = useQueryClient();
  const job = useQuery(importQueries.job(jobId));
  const awaiting = job.data?.status === "awaiting_mapping";
  const preview = useQuery({ ...importQueries.preview(jobId), enabled: awaiting });
  const cancel = useMutation({
    mutationFn: () => cancelImport(jobId),
    onSuccess: (data) => {
      queryClient.setQueryData(importKeys.job(jobId), data);
      void queryClient.invalidateQueries({ queryKey: importKeys.list() });
    },
  });
  const back = (
    <button type="button" className={`button ${styles.secondary}`} onClick={onDone}>
      Import another file
    </button>
  );
  if (job.error) return <ErrorState error={job.error} title="Cannot show this import" action={back} />;
  if (!job.data) return <p role="status" className="muted">Loading the import…</p>;
  const j = job.data;
  if (awaiting) {
    if (preview.error) return <ErrorState error={preview.error} action={back} />;
    return preview.data ? <MappingStep jobId={jobId} initial={preview.data} /> : <p role="status" className="muted">Reading the file…</p>;
  }
  const active = j.status === "queued" || j.status === "running";
  return (
    <section className="panel" aria-labelledby="job-title">
      <div className="panel-header">
        <h2 id="job-title">{active ? "3. Importing" : "Report"}: <span className="break">{j.fileName}</span></h2>
      </div>
      <div className={`panel-body ${styles.stack}`}>
        <div aria-live="polite">
          <ProgressBar done={j.doneRows} total={j.totalRows} rowsPerSecond={j.rowsPerSecond} secondsLeft={j.secondsLeft} label={`Import of ${j.fileName}`} />
          <p className={styles.summary}>
            Status: <strong>{j.status === "queued" ? "waiting for the worker" : j.status}</strong>
            {j.error && <> — {j.error}</>}
          </p>
        </div>
        <ReportCounts created={j.created} merged={j.merged} skipped={j.skipped} failed={j.failed} totalRows={j.totalRows} />
        <KeptRaw job={j} />
        {j.failed > 0 && (
          <>
            <h3>Failed rows</h3>
            <FailuresTable failures={j.failures} total={j.failed} />
          </>
        )}
        {cancel.error && <ErrorState error={cancel.error} title="Could not cancel" />}
        <div className={styles.actions}>
          {active && (
            <button type="button" className={`button ${styles.secondary}`} onClick={() => cancel.mutate()} disabled={cancel.isPending}>
              {cancel.isPending ? "Cancelling…" : "Cancel import"}
            </button>
          )}
          {j.failed > 0 && (
            <a className="button" href={`/api/imports/${encodeURIComponent(j.id)}/failures.csv`} download>
              Download failed rows (CSV)
            </a>
          )}
          {!active && back}
        </div>
      </div>
    </section>
  );
}
