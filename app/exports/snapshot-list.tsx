"use client";

import { useQuery } from "@tanstack/react-query";
import { ErrorState } from "@/components/ui/states";
import { FORMAT_INFO } from "@/lib/exports/format-info";
import { exportQueries } from "@/lib/exports/query-options";
import { formatDateTime, formatInteger } from "@/lib/format/format";
import styles from "./exports.module.css";

/** The most recent snapshots, each downloadable again byte for byte. */
export function SnapshotList() {
  const list = useQuery(exportQueries.snapshots());
  if (list.error) return <ErrorState error={list.error} title="Could not load the snapshots" />;
  const snapshots = list.data?.snapshots ?? [];
  return (
    <section className={`panel ${styles.section}`} aria-labelledby="snapshots-title">
      <div className="panel-header">
        <h2 id="snapshots-title">Snapshots</h2>
        <span className="panel-note">Pinned exports: the files as they were, whatever changed since.</span>
      </div>
      {snapshots.length === 0 ? (
        <p className="panel-body muted">No snapshots yet. Save one to get an id you can cite.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Id</th>
                <th scope="col">Format</th>
                <th scope="col">Filter</th>
                <th scope="col" className="num">Items</th>
                <th scope="col">Saved</th>
                <th scope="col"><span className="visually-hidden">Download</span></th>
              </tr>
            </thead>
            <tbody>
              {snapshots.map((s) => (
                <tr key={s.id}>
                  <td>
                    <code className={styles.listId}>{s.id}</code>
                  </td>
                  <td className="nowrap">{FORMAT_INFO[s.format]?.label ?? s.format}</td>
                  <td className={styles.filterCell}>{Object.entries(s.manifest.filter).map(([k, v]) => `${k} ${v}`).join(", ") || "all data"}</td>
                  <td className="num">{formatInteger(s.manifest.items)}</td>
                  <td className="nowrap">{formatDateTime(s.createdAt)}</td>
                  <td>
                    <a href={`/api/exports/snapshots/${s.id}/download`} download>
                      Download
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
