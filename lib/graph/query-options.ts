import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiGet } from "../http/api-client";
import { keys } from "../query-keys";
import type { GraphView } from "./get-graph-view";

/** GET /api/graph for a query string (the canonical API parameters: equal views share one cache entry). */
export const graphQueries = {
  view: (params: Record<string, string>) =>
    queryOptions({
      queryKey: keys.graph.view(params),
      queryFn: ({ signal }) => apiGet<GraphView>("/api/graph", params, signal),
      placeholderData: keepPreviousData,
      staleTime: 60_000,
    }),
  neighbours: (focus: string) =>
    queryOptions({
      queryKey: keys.graph.neighbours(focus),
      queryFn: ({ signal }) => apiGet<GraphView>("/api/graph", { focus }, signal),
      staleTime: 60_000,
    }),
};
