import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiGet } from "../http/api-client";
import { keys } from "../query-keys";
import type { ItemDetail } from "./get-item";
import type { ItemFilterOptions } from "./get-item-filter-options";
import type { ItemsListResponse } from "./list-items";
import type { ItemsListFilters } from "./schemas";

/** Browser-side options per endpoint; server components reuse them with the lib query as queryFn. */
export const itemQueries = {
  list: (filters: ItemsListFilters) =>
    queryOptions({
      queryKey: keys.items.list(filters),
      queryFn: ({ signal }) => apiGet<ItemsListResponse>("/api/items", { ...filters }, signal),
      // Keep the previous page on screen while the next one loads, instead of flashing an empty table.
      placeholderData: keepPreviousData,
    }),
  filterOptions: () =>
    queryOptions({
      queryKey: keys.items.filterOptions(),
      queryFn: ({ signal }) => apiGet<ItemFilterOptions>("/api/items/filter-options", {}, signal),
      staleTime: 5 * 60_000,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: keys.items.detail(id),
      queryFn: ({ signal }) => apiGet<ItemDetail>(`/api/items/${encodeURIComponent(id)}`, {}, signal),
    }),
};
