import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { DatasetFilter } from "../filters/dataset-filter";
import { apiGet } from "../http/api-client";
import type { LookupOption } from "../lookups/schemas";
import { keys } from "../query-keys";
import type { Countries } from "./get-countries";
import type { FirstSeen } from "./get-first-seen";
import type { Languages } from "./get-languages";
import type { MarkerFrequencies } from "./get-marker-frequencies";
import type { Spread } from "./get-spread";
import type { TimeToDebunk } from "./get-time-to-debunk";
import type { VerdictMix } from "./get-verdict-mix";
import type { FirstSeenQuery, MarkersQuery, SpreadQuery } from "./schemas";

/**
 * One queryOptions per analytics endpoint. Server pages prefetch with the same options and the lib query as queryFn
 * (app/analytics/page.tsx); the browser fetches /api/analytics/…. Previous data stays on screen while a new filter
 * loads, so charts do not flash empty.
 */
const options = <T, Q extends object>(name: string, key: readonly unknown[], query: Q) =>
  queryOptions({
    queryKey: key,
    queryFn: ({ signal }) => apiGet<T>(`/api/analytics/${name}`, { ...query } as Record<string, string>, signal),
    placeholderData: keepPreviousData,
  });

/** Narratives for the first-seen picker (the lookups endpoint, first 50 by title). */
export const narrativeOptions = () =>
  queryOptions({
    queryKey: [...keys.analytics.all, "narratives"] as const,
    queryFn: ({ signal }) => apiGet<{ options: LookupOption[] }>("/api/lookups", { kind: "narrative", limit: 50 }, signal),
    staleTime: 5 * 60_000,
  });

export const analyticsQueries = {
  spread: (q: SpreadQuery) => options<Spread, SpreadQuery>("spread", keys.analytics.spread(q), q),
  firstSeen: (q: FirstSeenQuery) => options<FirstSeen, FirstSeenQuery>("first-seen", keys.analytics.firstSeen(q), q),
  countries: (f: DatasetFilter) => options<Countries, DatasetFilter>("countries", keys.analytics.countries(f), f),
  languages: (f: DatasetFilter) => options<Languages, DatasetFilter>("languages", keys.analytics.languages(f), f),
  markers: (q: MarkersQuery) => options<MarkerFrequencies, MarkersQuery>("markers", keys.analytics.markers(q), q),
  verdicts: (f: DatasetFilter) => options<VerdictMix, DatasetFilter>("verdicts", keys.analytics.verdicts(f), f),
  timeToDebunk: (f: DatasetFilter) => options<TimeToDebunk, DatasetFilter>("time-to-debunk", keys.analytics.timeToDebunk(f), f),
};
