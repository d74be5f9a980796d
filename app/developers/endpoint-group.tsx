import { constraints, describeType, fieldRows } from "@/lib/openapi/describe-schema";
import { InlineCode } from "./inline-code";
import type { PageGroup, PageOperation } from "./operations";
import styles from "./developers.module.css";

function Parameters({ operation }: { operation: PageOperation }) {
  if (operation.parameters.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className={`data-table ${styles.fields}`}>
        <caption className="visually-hidden">Parameters of {operation.method} {operation.path}</caption>
        <thead>
          <tr><th scope="col">Parameter</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Notes</th></tr>
        </thead>
        <tbody>
          {operation.parameters.map((p) => (
            <tr key={`${p.in}:${p.name}`}>
              <td data-label="Parameter"><code>{p.name}</code>{p.required && <span className={styles.required}> required</span>}</td>
              <td data-label="In">{p.in}</td>
              <td data-label="Type" className={styles.type}>{describeType(p.schema)}</td>
              <td data-label="Notes"><InlineCode text={[p.description, ...(p.schema ? constraints(p.schema) : [])].filter(Boolean).join("; ")} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Body({ operation }: { operation: PageOperation }) {
  if (!operation.body) return null;
  const rows = fieldRows(operation.body.schema);
  return (
    <details className={styles.details}>
      <summary>Request body ({rows.length} fields)</summary>
      <div className="table-wrap">
        <table className={`data-table ${styles.fields}`}>
          <thead>
            <tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Notes</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name}>
                <td data-label="Field"><code>{r.name}</code>{r.required && <span className={styles.required}> required</span>}</td>
                <td data-label="Type" className={styles.type}>{r.type}</td>
                <td data-label="Notes"><InlineCode text={r.description} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {operation.body.example !== undefined && <pre className={styles.code}>{JSON.stringify(operation.body.example, null, 2)}</pre>}
    </details>
  );
}

function Endpoint({ operation }: { operation: PageOperation }) {
  return (
    <article id={operation.id} className={styles.endpoint}>
      <h3 className={styles.signature}>
        <span className={`${styles.method} ${styles[operation.method.toLowerCase()]}`}>{operation.method}</span>
        <code className={styles.path}>{operation.path}</code>
      </h3>
      <p className={styles.summary}>
        {operation.summary}
        {operation.isPublic && <span className="badge badge-neutral"> no token needed</span>}
      </p>
      {operation.description && <p className="muted"><InlineCode text={operation.description} /></p>}
      <Parameters operation={operation} />
      <Body operation={operation} />
      <ul className={styles.responses} aria-label="Responses">
        {operation.responses.map((r) => (
          <li key={r.status} title={r.description}>
            <span className={r.status.startsWith("2") ? styles.ok : styles.err}>{r.status}</span>{r.status.startsWith("2") && ` ${r.description}`}
          </li>
        ))}
      </ul>
    </article>
  );
}

export function EndpointGroup({ group }: { group: PageGroup }) {
  return (
    <section id={group.anchor} className={`panel ${styles.section}`} aria-labelledby={`${group.anchor}-title`}>
      <div className="panel-header">
        <h2 id={`${group.anchor}-title`}>{group.tag}</h2>
      </div>
      <div className="panel-body">
        {group.description && <p className="muted">{group.description}</p>}
        {group.operations.map((op) => (
          <Endpoint key={op.id} operation={op} />
        ))}
      </div>
    </section>
  );
}
