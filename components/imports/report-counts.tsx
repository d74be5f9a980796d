import styles from "./imports.module.css";

interface Counts {
  created: number;
  merged: number;
  skipped: number;
  failed: number;
  totalRows: number;
}

const nf = new Intl.NumberFormat("en");

/** The four outcomes of an import; together they account for every row of the file. */
export function ReportCounts({ created, merged, skipped, failed, totalRows }: Counts) {
  const entries = [
    ["Created", created, "new items"],
    ["Merged", merged, "into items already known"],
    ["Skipped", skipped, "already imported or not importable"],
    ["Failed", failed, "see the rows below"],
  ] as const;
  return (
    <dl className={styles.counts}>
      {entries.map(([label, value, hint]) => (
        <div key={label} className={label === "Failed" && value > 0 ? styles.countFailed : styles.count}>
          <dt>{label}</dt>
          <dd>
            <span className={styles.countValue}>{nf.format(value)}</span>
            <span className="faint">{hint}</span>
          </dd>
        </div>
      ))}
      <div className={styles.count}>
        <dt>Rows in file</dt>
        <dd>
          <span className={styles.countValue}>{nf.format(totalRows)}</span>
        </dd>
      </div>
    </dl>
  );
}
