import { requirePagePermission } from "@/lib/auth/page-guard";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { connection } from "next/server";
import type { SearchParams } from "nuqs/server";
import { cachedAnalytics } from "@/lib/analytics/cached-analytics";
import { dataVersion } from "@/lib/analytics/cached-query";
import { db } from "@/lib/db";
import { analyticsQueries } from "@/lib/analytics/query-options";
import { firstSeenQuerySchema } from "@/lib/analytics/schemas";
import { getItemFilterOptions } from "@/lib/items/get-item-filter-options";
import { itemQueries } from "@/lib/items/query-options";
import { getQueryClient } from "@/lib/query-client";
import { AnalyticsView } from "./analytics-view";
import { loadAnalyticsSearchParams, toAnalyticsFilter } from "./search-params";

export const metadata: Metadata = { title: "Analytics" };

export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("read");
  await connection();
  const params = await loadAnalyticsSearchParams(searchParams);
  const parsed = toAnalyticsFilter(params);
  const queryClient = getQueryClient();
  // Same keys as the browser's queries, the lib queries as queryFn: the first paint already has every chart's data.
  const prefetches: Promise<unknown>[] = [
    queryClient.prefetchQuery({ ...itemQueries.filterOptions(), queryFn: () => getItemFilterOptions() }),
  ];
  if (parsed.success) {
    const f = parsed.data;
    const version = dataVersion(db);
    const { interval, stack } = params;
    const firstSeen = { ...f, ...(params.narrative ? { narrative: params.narrative } : {}) };
    const narrativeOk = firstSeenQuerySchema.safeParse(firstSeen).success;
    prefetches.push(
      queryClient.prefetchQuery({ ...analyticsQueries.spread({ ...f, interval, stack }), queryFn: () => cachedAnalytics.spread({ ...f, interval, stack }, db, version) }),
      ...(narrativeOk ? [queryClient.prefetchQuery({ ...analyticsQueries.firstSeen(firstSeen), queryFn: () => cachedAnalytics.firstSeen(firstSeen, db, version) })] : []),
      queryClient.prefetchQuery({ ...analyticsQueries.countries(f), queryFn: () => cachedAnalytics.countries(f, db, version) }),
      queryClient.prefetchQuery({ ...analyticsQueries.languages(f), queryFn: () => cachedAnalytics.languages(f, db, version) }),
      queryClient.prefetchQuery({ ...analyticsQueries.markers({ ...f, interval }), queryFn: () => cachedAnalytics.markers({ ...f, interval }, db, version) }),
      queryClient.prefetchQuery({ ...analyticsQueries.verdicts(f), queryFn: () => cachedAnalytics.verdicts(f, db, version) }),
      queryClient.prefetchQuery({ ...analyticsQueries.timeToDebunk(f), queryFn: () => cachedAnalytics.timeToDebunk(f, db, version) }),
    );
  }
  await Promise.all(prefetches);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <AnalyticsView />
    </HydrationBoundary>
  );
}
