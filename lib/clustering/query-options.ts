import { queryOptions } from "@tanstack/react-query";
import { apiGet } from "../http/api-client";
import { keys } from "../query-keys";
import type { ClusterRunView } from "./jobs/runs";
import type { DecisionView } from "./list-decisions";
import type { SuggestionMemberView, SuggestionsPage } from "./list-suggestions";

/** Admin → Clustering: every open suggestion, filtered and paged. */
export interface OpenScope {
  open: true;
  kind?: "new" | "additions";
  size?: "small" | "large";
  page?: number;
}
export type SuggestionScope = { campaign: string; page?: number } | { item: string } | { candidates: true } | OpenScope;

function suggestionParams(scope: SuggestionScope): Record<string, string | number> {
  if ("campaign" in scope) return { campaign: scope.campaign, ...(scope.page && scope.page > 1 ? { page: scope.page } : {}) };
  if ("item" in scope) return { item: scope.item, limit: 3 };
  if ("candidates" in scope) return { candidates: 1 };
  return { open: 1, ...(scope.kind ? { kind: scope.kind } : {}), ...(scope.size ? { size: scope.size } : {}), ...(scope.page && scope.page > 1 ? { page: scope.page } : {}) };
}

/** Browser-side options per endpoint; mutations invalidate keys.clustering.all (and campaigns/items they change). */
export const clusteringQueries = {
  suggestions: (scope: SuggestionScope) =>
    queryOptions({
      queryKey: keys.clustering.suggestions(scope),
      queryFn: ({ signal }) => apiGet<SuggestionsPage>("/api/clustering/suggestions", suggestionParams(scope), signal),
    }),
  /** Page 2 onwards of a suggestion's open items (page 1 comes with the suggestion). */
  members: (suggestionId: string, page: number) =>
    queryOptions({
      queryKey: keys.clustering.members(suggestionId, page),
      queryFn: ({ signal }) =>
        apiGet<{ items: SuggestionMemberView[]; page: number; pageSize: number; total: number }>(
          `/api/clustering/suggestions/${encodeURIComponent(suggestionId)}/items`,
          { page },
          signal,
        ),
    }),
  decisions: () =>
    queryOptions({
      queryKey: keys.clustering.decisions(),
      queryFn: ({ signal }) => apiGet<{ decisions: DecisionView[] }>("/api/clustering/decisions", {}, signal),
    }),
  runs: () =>
    queryOptions({
      queryKey: keys.clustering.runs(),
      queryFn: ({ signal }) => apiGet<{ runs: ClusterRunView[] }>("/api/clustering/runs", {}, signal),
      // Poll while a run is queued or running, so progress shows without a reload.
      refetchInterval: (query) => (query.state.data?.runs.some((r) => r.status === "queued" || r.status === "running") ? 1_000 : false),
    }),
};
