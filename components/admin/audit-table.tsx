import Link from "next/link";
import { changedFields } from "@/lib/audit/changed-fields";
import type { AuditActor, AuditEventRow } from "@/lib/audit/list-audit-events";
import { formatDateTime, humanize } from "@/lib/format/format";
import { AuditChanges } from "./audit-changes";
import styles from "./admin.module.css";

/** Only ids that look like our UUIDs become links; anything else recorded as an entity id stays text. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function AuditTable({ events }: { events: AuditEventRow[] }) {
  return (
    <div className="table-wrap">
      <table className={`data-table ${styles.auditTable}`}>
        <caption className="visually-hidden">Audit events, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Entity</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} data-testid="audit-row">
              <td data-label="When" className="nowrap">
                <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              </td>
              <td data-label="Who" className={styles.actorCell}>
                <div>
                  <Actor actor={event.actor} />
                </div>
              </td>
              <td data-label="Action">
                <code className={styles.action}>{event.action}</code>
              </td>
              <td data-label="Entity" className={styles.entityCell}>
                <div>
                  <Entity type={event.entityType} id={event.entityId} />
                </div>
              </td>
              <td data-label="Changes" className={styles.changesCell}>
                <AuditChanges changes={changedFields(event.before, event.after)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Actor({ actor }: { actor: AuditActor }) {
  if (actor.kind === "system") return <span className="muted">System</span>;
  const person = actor.name ? (
    <>
      <span className={styles.personName}>{actor.name}</span>
      <span className={`${styles.personEmail} muted`}>{actor.email}</span>
    </>
  ) : (
    <span className="muted">Unknown person</span>
  );
  if (actor.kind === "user") return person;
  return (
    <>
      <span className={styles.tokenLabel}>
        API token {actor.token ? <code>{actor.token.prefix}…</code> : null} {actor.token?.name}
      </span>
      <span className={`${styles.personEmail} muted`}>of {actor.name ?? "unknown"}</span>
    </>
  );
}

function Entity({ type, id }: { type: string; id: string }) {
  const label = <span className={`${styles.entityType} muted`}>{humanize(type)}</span>;
  if (type === "item" && UUID.test(id)) {
    return (
      <>
        {label} <Link href={`/items/${id}`} className={styles.entityId}>{id}</Link>
      </>
    );
  }
  return (
    <>
      {label} <span className={styles.entityId}>{id}</span>
    </>
  );
}
