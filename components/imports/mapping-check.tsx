import type { ImportPreview } from "@/lib/imports/job-preview";
import type { ImportMapping } from "@/lib/imports/mapping";
import styles from "./imports.module.css";

/**
 * The dry run beside the guess: per mapped column its field, how sure the guess was, sample values, how many of
 * the first rows read, and the most frequent values that did not (kept as written, or the row fails). Then the
 * columns that will not be imported, and why. All values are rendered as text.
 */
export function MappingCheck({ preview, mapping }: { preview: ImportPreview; mapping: ImportMapping }) {
  const run = preview.dryRun;
  if (!run) return null;
  const guessed = new Map((preview.guess?.fields ?? []).map((f) => [f.column, f]));
  const label = new Map(preview.targets.map((t) => [t.id, t.label]));
  const unmapped = Object.entries(mapping.columns).filter(([, t]) => !t).map(([c]) => c);
  const why = new Map((preview.guess?.unmapped ?? []).map((u) => [u.column, u]));
  return (
    <div className={styles.stack} data-testid="mapping-check">
      <p className={styles.summary} aria-live="polite">
        Dry run over the first {run.rows} rows: <strong>{run.wouldImport}</strong> would import, <strong>{run.wouldFail}</strong> would fail.
      </p>
      {run.asks.map((a) => (
        <p key={a.message} className={styles.ask} role="note">{a.message}</p>
      ))}
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">Mapped columns and how their values read</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Column</th>
              <th scope="col" className="num">Confidence</th>
              <th scope="col">Sample values</th>
              <th scope="col" className="num">Read</th>
              <th scope="col">Values that do not read</th>
            </tr>
          </thead>
          <tbody>
            {run.columns.map((c) => {
              const g = guessed.get(c.column);
              return (
                <tr key={c.column}>
                  <td>{label.get(c.field) ?? c.field}</td>
                  <td className="mono break">{c.column}</td>
                  <td className="num">{g && mapping.columns[c.column] === g.field ? `${Math.round(g.confidence * 100)} %` : "—"}</td>
                  <td className="break">{(g?.samples ?? []).slice(0, 3).join(" · ")}</td>
                  <td className="num">{c.parsed}/{c.filled}</td>
                  <td className="break">
                    {c.failing.map((f) => (
                      <span key={f.value} className={f.outcome === "row fails" ? styles.cellError : styles.kept}>
                        “{f.value}” ×{f.count}: {f.outcome}
                      </span>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {unmapped.length > 0 && (
        <div>
          <h3 className={styles.subhead}>Columns not imported</h3>
          <ul className={styles.plainList}>
            {unmapped.map((c) => (
              <li key={c}>
                <span className="mono">{c}</span>
                {why.get(c) && <span className="faint"> — {why.get(c)!.reason}{why.get(c)!.samples.length ? ` (e.g. ${why.get(c)!.samples.slice(0, 2).join(" · ")})` : ""}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
