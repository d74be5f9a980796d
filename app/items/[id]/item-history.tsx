"use client";

import { useQuery } from "@tanstack/react-query";
import { ErrorState } from "@/components/ui/states";
import { formatDateTime, humanize } from "@/lib/format/format";
import type { FieldChange } from "@/lib/items/audit-diff";
import { logQueries } from "@/lib/lookups/query-options";
import styles from "./item-edit.module.css";

/** Any audited value as short text: lists joined, objects as compact JSON, long text cut. Always React text. */
function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v))).join(", ") : "—";
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

const ENTITY: Record<string, string> = { item: "item", sighting: "sighting", evidence_file: "evidence file", marker_annotation: "language-marker annotation" };
const PAST: Record<string, string> = { create: "created", update: "updated", merge: "merged into", delete: "deleted", restore: "restored", seed: "seeded" };
const pastTense = (action: string) => PAST[action] ?? humanize(action).toLowerCase();

function Changes({ changes }: { changes: FieldChange[] }) {
  if (!changes.length) return null;
  return (
    <table className={styles.diff}>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field}>
            <th scope="row">{humanize(c.field)}</th>
            <td className={styles.before}>{show(c.before)}</td>
            <td aria-hidden>→</td>
            <td className={styles.after}>{show(c.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Who changed what on this item, its sightings and evidence, newest first, each as a before → after diff. */
export function ItemHistory({ itemId }: { itemId: string }) {
  const { data, error, isPending } = useQuery(logQueries.history(itemId));
  return (
    <section className="panel" aria-labelledby="history">
      <div className="panel-header">
        <h2 id="history">History</h2>
        <span className="panel-note">newest first</span>
      </div>
      {error ? (
        <ErrorState error={error} title="Could not load the history" />
      ) : isPending ? (
        <p className="panel-body muted">Loading…</p>
      ) : (
        <ol className={styles.history} aria-label="Audit events">
          {data.events.map((e) => (
            <li key={e.id}>
              <div className={styles.eventHead}>
                <strong>{e.actor.name ?? (e.actor.kind === "system" ? "Sightline" : "Unknown")}</strong>{" "}
                {pastTense(e.action)} {e.entityType === "item" ? "the item" : `a ${ENTITY[e.entityType] ?? e.entityType}`}
                <time className="muted" dateTime={e.at}> · {formatDateTime(e.at)}</time>
              </div>
              <Changes changes={e.changes} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
