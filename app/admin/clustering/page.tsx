import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { connection } from "next/server";
import type { SearchParams } from "nuqs/server";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { listSuggestions } from "@/lib/clustering/list-suggestions";
import { clusteringQueries, type OpenScope } from "@/lib/clustering/query-options";
import { getDatabase } from "@/lib/db";
import { getQueryClient } from "@/lib/query-client";
import { ClusteringView } from "./clustering-view";
import { loadClusteringSearchParams } from "./search-params";

export const metadata: Metadata = { title: "Clustering · Admin" };

/** Full clustering runs (started here, run in the background), every open suggestion and the recent decisions. */
export default async function AdminClusteringPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("admin");
  await connection();
  const { kind, size, page } = await loadClusteringSearchParams(searchParams);
  const scope: OpenScope = { open: true, ...(kind ? { kind } : {}), ...(size ? { size } : {}), page };
  const queryClient = getQueryClient();
  // The first page arrives with the HTML: no spinner on a first visit, whatever the size of the groups.
  await queryClient.prefetchQuery({
    ...clusteringQueries.suggestions(scope),
    queryFn: () => listSuggestions(getDatabase().prisma, { open: "1", kind: kind ?? undefined, size: size ?? undefined, page }),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ClusteringView />
    </HydrationBoundary>
  );
}
