import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiGet } from "../http/api-client";
import { keys } from "../query-keys";
import type { SearchResponse } from "./schemas";

export const searchQueries = {
  /** The palette's query; the previous results stay on screen while the next keystroke's load. */
  search: (q: string) =>
    queryOptions({
      queryKey: keys.search.query(q),
      queryFn: ({ signal }) => apiGet<SearchResponse>("/api/search", { q }, signal),
      enabled: q.length > 0,
      staleTime: 30_000,
      // The next keystroke asks again; retrying with backoff would only keep "Searching…" on screen after a failure.
      retry: false,
      placeholderData: keepPreviousData,
    }),
};
