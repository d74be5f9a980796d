import { requirePagePermission } from "@/lib/auth/page-guard";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import { connection } from "next/server";
import { getOverviewStats } from "@/lib/overview/get-overview-stats";
import { getRecentItems } from "@/lib/overview/get-recent-items";
import { getSightingsTimeline } from "@/lib/overview/get-sightings-timeline";
import { getTopCampaigns } from "@/lib/overview/get-top-campaigns";
import { overviewQueries } from "@/lib/overview/query-options";
import { getQueryClient } from "@/lib/query-client";
import { OverviewView } from "./_overview/overview-view";

export default async function OverviewPage() {
  await requirePagePermission("read");
  await connection(); // reads the database: render per request, never at build time
  const queryClient = getQueryClient();
  // Same keys and types as the browser's queries; on the server the lib query runs directly (no HTTP hop).
  await Promise.all([
    queryClient.prefetchQuery({ ...overviewQueries.stats(), queryFn: () => getOverviewStats() }),
    queryClient.prefetchQuery({ ...overviewQueries.timeline(), queryFn: () => getSightingsTimeline() }),
    queryClient.prefetchQuery({ ...overviewQueries.topCampaigns(), queryFn: () => getTopCampaigns() }),
    queryClient.prefetchQuery({ ...overviewQueries.recentItems(), queryFn: () => getRecentItems() }),
  ]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <OverviewView />
    </HydrationBoundary>
  );
}
