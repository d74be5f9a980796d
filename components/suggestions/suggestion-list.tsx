"use client";

import { useQuery } from "@tanstack/react-query";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { clusteringQueries, type SuggestionScope } from "@/lib/clustering/query-options";
import { SuggestionCard } from "./suggestion-card";
import styles from "./suggestions.module.css";
import { useDecideSuggestion } from "./use-decide-suggestion";

/** Open suggestions of a scope (a campaign, one item, the new-campaign candidates), with accept / reject. */
export function SuggestionList({ scope, canWrite, empty }: { scope: SuggestionScope; canWrite: boolean; empty: string | null }) {
  const { data, error } = useQuery(clusteringQueries.suggestions(scope));
  const decide = useDecideSuggestion();
  if (error) return <ErrorState error={error} title="Could not load suggestions" />;
  if (!data) return <p className="muted">Loading suggestions…</p>;
  if (data.suggestions.length === 0) return empty ? <EmptyState title={empty} /> : null;
  const forItem = "item" in scope ? scope.item : undefined;
  return (
    <>
      {decide.error && <ErrorState error={decide.error} title="The decision was not saved" />}
      <ol className={styles.list}>
        {data.suggestions.map((s) => (
          <li key={s.id}>
            <SuggestionCard suggestion={s} canWrite={canWrite} pending={decide.isPending} forItem={forItem} onDecide={(args) => decide.mutate({ id: s.id, ...args })} />
          </li>
        ))}
      </ol>
    </>
  );
}
