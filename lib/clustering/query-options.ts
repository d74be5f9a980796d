import { queryOptions } from "@tanstack/react-query";
import { apiGet } from "../http/api-client";
import { keys } from "../query-keys";
import type { ClusterRunView } from "./jobs/runs";
import type { SuggestionView } from "./list-suggestions";

export type SuggestionScope = { campaign: string } | { item: string } | { candidates: true };

/** Browser-side options per endpoint; mutations invalidate keys.clustering.all (and campaigns/items they change). */
export const clusteringQueries = {
  suggestions: (scope: SuggestionScope) =>
    queryOptions({
      queryKey: keys.clustering.suggestions(scope),
      queryFn: ({ signal }) =>
        apiGet<{ suggestions: SuggestionView[] }>(
          "/api/clustering/suggestions",
          "campaign" in scope ? { campaign: scope.campaign } : "item" in scope ? { item: scope.item, limit: 3 } : { candidates: 1 },
          signal,
        ),
    }),
  runs: () =>
    queryOptions({
      queryKey: keys.clustering.runs(),
      queryFn: ({ signal }) => apiGet<{ runs: ClusterRunView[] }>("/api/clustering/runs", {}, signal),
      // Poll while a run is queued or running, so progress shows without a reload.
      refetchInterval: (query) => (query.state.data?.runs.some((r) => r.status === "queued" || r.status === "running") ? 1_000 : false),
    }),
};
