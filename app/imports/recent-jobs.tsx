"use client";

import { useQuery } from "@tanstack/react-query";
import { ErrorState } from "@/components/ui/states";
import { importQueries } from "@/lib/imports/query-options";
import styles from "./imports.module.css";

const STATUS_LABEL: Record<string, string> = {
  awaiting_mapping: "waiting for mapping",
  queued: "queued",
  running: "running",
  completed: "completed",
  failed: "failed",
  cancelled: "cancelled",
};

/** Recent imports, newest first; opening one shows its progress or report. */
export function RecentJobs({ onOpen }: { onOpen: (jobId: string) => void }) {
  const list = useQuery(importQueries.list());
  if (list.error) return <ErrorState error={list.error} />;
  const jobs = list.data?.jobs ?? [];
  return (
    <section className="panel" aria-labelledby="recent-title">
      <div className="panel-header">
        <h2 id="recent-title">Recent imports</h2>
      </div>
      {jobs.length === 0 ? (
        <p className="panel-body muted">No imports yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">Rows</th>
                <th scope="col" className="num">Created</th>
                <th scope="col" className="num">Merged</th>
                <th scope="col" className="num">Failed</th>
                <th scope="col">Uploaded</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr key={job.id}>
                  <td className="break">
                    <button type="button" className={styles.linkButton} onClick={() => onOpen(job.id)}>
                      {job.fileName}
                    </button>
                  </td>
                  <td>{STATUS_LABEL[job.status] ?? job.status}</td>
                  <td className="num">{job.doneRows}/{job.totalRows}</td>
                  <td className="num">{job.created}</td>
                  <td className="num">{job.merged}</td>
                  <td className="num">{job.failed}</td>
                  <td className="nowrap">{new Date(job.createdAt).toLocaleString("en-GB")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
