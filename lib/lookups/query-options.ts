import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiGet } from "../http/api-client";
import type { DuplicateMatch } from "../ingest/find-duplicates";
import type { ItemHistoryEvent } from "../items/get-item-history";
import { keys } from "../query-keys";
import type { DisarmPickerCatalog, LookupKind, LookupOption } from "./schemas";

export interface DuplicateCheck {
  url: string;
  sha256: string;
  title: string;
  text: string;
}

/** Transcripts longer than this go in a POST body instead of the query string. */
const GET_TEXT_LIMIT = 1500;

async function fetchDuplicates(check: DuplicateCheck, signal: AbortSignal) {
  if (check.text.length <= GET_TEXT_LIMIT) return apiGet<{ matches: DuplicateMatch[] }>("/api/duplicates", { ...check }, signal);
  const response = await fetch("/api/duplicates", { method: "POST", signal, headers: { "Content-Type": "application/json" }, body: JSON.stringify(check) });
  if (!response.ok) throw new Error(`Duplicate check failed (${response.status})`);
  return (await response.json()) as { matches: DuplicateMatch[] };
}

/** Keys under the app's root key, so `invalidateQueries({ queryKey: keys.all })` reaches them too. */
const lookupKeys = {
  all: [...keys.all, "lookups"] as const,
  search: (kind: LookupKind, q: string, platform?: string) => [...lookupKeys.all, kind, q, platform ?? null] as const,
  disarm: () => [...lookupKeys.all, "disarm"] as const,
  duplicates: (check: DuplicateCheck) => [...keys.all, "duplicates", check] as const,
};

export const logQueries = {
  lookup: (kind: LookupKind, q: string, platform?: string) =>
    queryOptions({
      queryKey: lookupKeys.search(kind, q, platform),
      queryFn: ({ signal }) => apiGet<{ options: LookupOption[] }>("/api/lookups", { kind, q, platform }, signal),
      staleTime: 60_000,
      placeholderData: keepPreviousData,
    }),
  disarm: () =>
    queryOptions({
      queryKey: lookupKeys.disarm(),
      queryFn: ({ signal }) => apiGet<DisarmPickerCatalog>("/api/lookups/disarm", {}, signal),
      staleTime: Infinity,
    }),
  /** The signal is consumed, so a check made stale by more typing is aborted, not awaited. */
  duplicates: (check: DuplicateCheck) =>
    queryOptions({
      queryKey: lookupKeys.duplicates(check),
      queryFn: ({ signal }) => fetchDuplicates(check, signal),
      staleTime: 10_000,
      placeholderData: keepPreviousData,
    }),
  history: (itemId: string) =>
    queryOptions({
      queryKey: [...keys.items.detail(itemId), "history"] as const,
      queryFn: ({ signal }) => apiGet<{ events: ItemHistoryEvent[] }>(`/api/items/${encodeURIComponent(itemId)}/history`, {}, signal),
    }),
};
