import styles from "./imports.module.css";

interface Props {
  done: number;
  total: number;
  rowsPerSecond: number | null;
  secondsLeft: number | null;
  label: string;
}

const nf = new Intl.NumberFormat("en");

/** Rows done of total, with rate and time left; a real progressbar for screen readers. */
export function ProgressBar({ done, total, rowsPerSecond, secondsLeft, label }: Props) {
  const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
  return (
    <div className={styles.progress}>
      <div
        className={styles.track}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${nf.format(done)} of ${nf.format(total)} rows`}
      >
        <div className={styles.fill} style={{ width: `${pct}%` }} />
      </div>
      <p className={styles.progressText}>
        <strong>{nf.format(done)}</strong> of {nf.format(total)} rows ({pct} %)
        {rowsPerSecond !== null && <> · {nf.format(Math.round(rowsPerSecond))} rows/s</>}
        {secondsLeft !== null && <> · {formatDuration(secondsLeft)} left</>}
      </p>
    </div>
  );
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m} min ${seconds % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
