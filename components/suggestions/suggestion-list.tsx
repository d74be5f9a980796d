"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { EmptyState, ErrorState } from "@/components/ui/states";
import type { SuggestionView } from "@/lib/clustering/list-suggestions";
import { clusteringQueries, type SuggestionScope } from "@/lib/clustering/query-options";
import { formatInteger } from "@/lib/format/format";
import { SuggestionCard, type DecideArgs } from "./suggestion-card";
import styles from "./suggestions.module.css";
import { UndoBar, type LastDecision } from "./undo-bar";
import { useDecideSuggestion, type DecisionResult } from "./use-decide-suggestion";

function describeDecision(s: SuggestionView, args: DecideArgs, result: DecisionResult): string {
  const items = `${formatInteger(result.decided)} ${result.decided === 1 ? "item" : "items"}`;
  const campaign = s.campaign?.name ?? args.campaignName ?? "the new campaign";
  if (args.decision === "accept") return `Accepted ${items} into ${campaign}.`;
  return s.campaign ? `Rejected ${items} for ${campaign}.` : `Rejected ${items}: they will not be grouped together again.`;
}

interface Props {
  scope: SuggestionScope;
  canWrite: boolean;
  empty: string | null;
  /** Open scope only: the page shown and how to change it (the admin page keeps it in the URL). */
  onPage?: (page: number) => void;
}

/** Open suggestions of a scope (a campaign, one item, candidates, or all), with accept / reject and a short-lived Undo. */
export function SuggestionList({ scope, canWrite, empty, onPage }: Props) {
  const { data, error } = useQuery(clusteringQueries.suggestions(scope));
  const [last, setLast] = useState<LastDecision | null>(null);
  const decide = useDecideSuggestion((result, { suggestion, ...args }) =>
    setLast({ decisionId: result.decisionId, undoableUntil: result.undoableUntil, message: describeDecision(suggestion, args, result) }),
  );
  if (error) return <ErrorState error={error} title="Could not load suggestions" />;
  if (!data) return <p className="muted">Loading suggestions…</p>;
  const forItem = "item" in scope ? scope.item : undefined;
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const onDecide = (s: SuggestionView, args: DecideArgs) => decide.mutate({ id: s.id, suggestion: s, ...args });
  return (
    <>
      {last && <UndoBar key={last.decisionId} last={last} onDone={() => setLast(null)} />}
      {decide.error && <ErrorState error={decide.error} title="The decision was not saved" />}
      {data.suggestions.length === 0 ? (
        empty ? <EmptyState title={empty} /> : null
      ) : (
        <ol className={styles.list}>
          {data.suggestions.map((s) => (
            <li key={s.id}>
              <SuggestionCard suggestion={s} canWrite={canWrite} pending={decide.isPending} forItem={forItem} onDecide={(args) => onDecide(s, args)} />
            </li>
          ))}
        </ol>
      )}
      {onPage && pages > 1 && (
        <nav className={styles.pager} aria-label="Pages of suggestions">
          <button type="button" className="button" disabled={data.page <= 1} onClick={() => onPage(data.page - 1)}>
            ← Previous
          </button>
          <span className="muted">
            Page {formatInteger(data.page)} of {formatInteger(pages)} ({formatInteger(data.total)} suggestions)
          </span>
          <button type="button" className="button" disabled={data.page >= pages} onClick={() => onPage(data.page + 1)}>
            Next →
          </button>
        </nav>
      )}
    </>
  );
}
