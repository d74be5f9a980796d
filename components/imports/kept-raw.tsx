import type { ImportJobView } from "@/lib/imports/jobs/get-job";
import styles from "./imports.module.css";

/** What the import kept as written instead of reading, by column and value, and the columns it did not import. */
export function KeptRaw({ job }: { job: ImportJobView }) {
  const byColumn = job.keptRawByColumn ?? [];
  return (
    <>
      {byColumn.length > 0 && (
        <div data-testid="kept-raw">
          <h3 className={styles.subhead}>Values kept as written</h3>
          <p className="faint">These values did not read (an unknown country, a malformed URL…). Their rows were imported; the values are on each item, under “Kept as written”, and in the exports.</p>
          <ul className={styles.plainList}>
            {byColumn.map((c) => (
              <li key={c.column}>
                <span className="mono">{c.column}</span>: {c.count} —{" "}
                {(job.keptRaw ?? []).filter((k) => k.column === c.column).slice(0, 5).map((k) => `“${k.value}” ×${k.count}`).join(", ")}
              </li>
            ))}
          </ul>
        </div>
      )}
      {job.unmappedColumns.length > 0 && (
        <p className="faint" data-testid="unmapped-columns">
          Columns not imported (not mapped): <span className="mono">{job.unmappedColumns.join(", ")}</span>
        </p>
      )}
    </>
  );
}
