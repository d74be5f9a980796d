import type { BarPoint } from "@/lib/analytics/chart-data-breakdowns";
import { formatInteger } from "@/lib/format/format";
import styles from "./charts.module.css";

/**
 * Horizontal bars for a few categories (languages, verdicts, lag bins). Plain HTML rather than SVG: labels wrap and
 * read naturally, it prints crisply, and screen readers get a definition list. Presentational.
 */
export function ChartBarCounts({ bars, label }: { bars: BarPoint[]; label: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <dl className={styles.bars} aria-label={label}>
      {bars.map((b) => (
        <div key={b.key} style={{ display: "contents" }}>
          <dt title={b.label}>{b.label}</dt>
          <dd aria-hidden>
            <div className={styles.bar} style={{ width: `${(b.value / max) * 100}%`, background: b.color }} />
          </dd>
          <dd className="num">{formatInteger(b.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
