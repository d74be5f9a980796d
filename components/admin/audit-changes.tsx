import type { FieldChange } from "@/lib/audit/changed-fields";
import styles from "./admin.module.css";

/** The changed fields of one event, folded by default: a trail of 50 rows stays scannable. */
export function AuditChanges({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return <span className="faint">—</span>;
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
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row" className="mono">
                {change.field}
              </th>
              <td className={styles.before}>{"before" in change ? <JsonValue value={change.before} /> : <span className="faint">—</span>}</td>
              <td className={styles.after}>{"after" in change ? <JsonValue value={change.after} /> : <span className="faint">—</span>}</td>
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
  if (typeof value === "string") return value === "" ? <span className="faint">(empty text)</span> : <span className={styles.text}>{value}</span>;
  if (typeof value === "number" || typeof value === "boolean") return <code>{String(value)}</code>;
  if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number")) {
    return value.length ? <span className={styles.text}>{value.join(", ")}</span> : <span className="faint">none</span>;
  }
  return <pre className={styles.json}>{JSON.stringify(value, null, 2)}</pre>;
}
