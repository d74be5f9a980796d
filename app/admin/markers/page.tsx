import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { connection } from "next/server";
import type { SearchParams } from "nuqs/server";
import { MarkersView } from "./markers-view";
import { loadMarkersSearchParams } from "./search-params";
import { LANGUAGE_MARKERS_PAGE_SIZE, languageMarkerQueries } from "@/lib/api-v1/language-markers/query-options";
import { listLanguageMarkers } from "@/lib/api-v1/language-markers/store";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { getDatabase } from "@/lib/db";
import { getQueryClient } from "@/lib/query-client";

export const metadata: Metadata = { title: "Language markers · Admin" };

export default async function AdminMarkersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await requirePagePermission("admin");
  await connection();
  const { deleted } = await loadMarkersSearchParams(searchParams);
  const queryClient = getQueryClient();
  await queryClient.prefetchInfiniteQuery({
    ...languageMarkerQueries.adminList(deleted),
    queryFn: () => listLanguageMarkers(getDatabase().prisma, { limit: LANGUAGE_MARKERS_PAGE_SIZE, includeDeleted: deleted }, principal),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <MarkersView />
    </HydrationBoundary>
  );
}
