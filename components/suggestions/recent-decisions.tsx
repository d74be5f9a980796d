"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { EmptyState, ErrorState } from "@/components/ui/states";
import type { DecisionView } from "@/lib/clustering/list-decisions";
import { clusteringQueries } from "@/lib/clustering/query-options";
import { formatDateTime, formatInteger } from "@/lib/format/format";
import styles from "./suggestions.module.css";
import { useUndoDecision } from "./use-decide-suggestion";

function what(d: DecisionView) {
  const items = `${formatInteger(d.itemCount)} ${d.itemCount === 1 ? "item" : "items"}`;
  const campaign = d.campaign ? (
    d.campaign.deleted ? <>{d.campaign.name} (deleted)</> : <Link href={`/campaigns/${d.campaign.slug}`}>{d.campaign.name}</Link>
  ) : null;
  if (d.decision === "accept") return <>Accepted {items} into {campaign}{d.createdCampaign ? " (a new campaign)" : ""}</>;
  return campaign ? <>Rejected {items} for {campaign}</> : <>Rejected {items} of a new-campaign candidate</>;
}

/**
 * The latest decisions on suggestions with "Undo" where it is still possible (10 minutes, nothing decided on the
 * same items since, no clustering run since; one's own decisions, or anyone's for an admin).
 */
export function RecentDecisions() {
  const { data, error } = useQuery(clusteringQueries.decisions());
  const undo = useUndoDecision();
  if (error) return <ErrorState error={error} title="Could not load recent decisions" />;
  if (!data) return <p className="muted">Loading decisions…</p>;
  if (data.decisions.length === 0) return <EmptyState title="No decisions yet" />;
  return (
    <>
      {undo.error && <ErrorState error={undo.error} title="Could not undo" />}
      <ol className={styles.members} aria-label="Recent decisions">
        {data.decisions.map((d) => (
          <li key={d.id} className={styles.member}>
            <span className={styles.memberText}>
              {what(d)}
              <span className={styles.memberReasons}>
                {d.decidedBy ?? "Sightline"} · {formatDateTime(d.decidedAt)}
                {d.undoneAt ? ` · undone ${formatDateTime(d.undoneAt)}` : ""}
              </span>
            </span>
            {d.undoable && (
              <button type="button" className="button" disabled={undo.isPending} onClick={() => undo.mutate(d.id)} aria-label={`Undo: ${d.decision} of ${d.itemCount} items`}>
                Undo
              </button>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
