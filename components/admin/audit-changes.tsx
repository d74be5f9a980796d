import type { FieldChange } from "@/lib/audit/changed-fields";
import { formatDateTime } from "@/lib/format/format";
import styles from "./admin.module.css";

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** The changed fields of one event, folded by default: a trail of 50 rows stays scannable. */
export function AuditChanges({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return <span className="faint">—</span>;
  // A creation has only after-values and a removal only before-values: one value column reads better there.
  const showBefore = changes.some((c) => "before" in c);
  const showAfter = changes.some((c) => "after" in c);
  return (
    <details className={styles.changes}>
      <summary>
        {changes.length} field{changes.length === 1 ? "" : "s"}: {changes.slice(0, 3).map((c) => c.field).join(", ")}
        {changes.length > 3 ? "…" : ""}
      </summary>
      <table className={styles.diff}>
        <thead>
          <tr>
            <th scope="col">Field</th>
            {showBefore && <th scope="col">{showAfter ? "Before" : "Removed value"}</th>}
            {showAfter && <th scope="col">{showBefore ? "After" : "Value"}</th>}
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row" className="mono">
                {change.field}
              </th>
              {showBefore && <td className={showAfter ? styles.before : undefined}>{"before" in change ? <JsonValue value={change.before} /> : <span className="faint">—</span>}</td>}
              {showAfter && <td className={showBefore ? styles.after : undefined}>{"after" in change ? <JsonValue value={change.after} /> : <span className="faint">—</span>}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** A recorded value, readable: text as text (never as HTML), numbers and flags as code, structures as indented JSON. */
function JsonValue({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="faint">empty</span>;
  if (typeof value === "string") {
    if (value === "") return <span className="faint">(empty text)</span>;
    if (ISO_INSTANT.test(value)) return <time dateTime={value} title={value}>{formatDateTime(value)}</time>;
    return <span className={styles.text}>{value}</span>;
  }
  if (typeof value === "number" || typeof value === "boolean") return <code>{String(value)}</code>;
  if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number")) {
    return value.length ? <span className={styles.text}>{value.join(", ")}</span> : <span className="faint">none</span>;
  }
  return <pre className={styles.json}>{JSON.stringify(value, null, 2)}</pre>;
}
