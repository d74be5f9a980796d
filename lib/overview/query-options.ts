import { queryOptions } from "@tanstack/react-query";
import { apiGet } from "../http/api-client";
import { keys } from "../query-keys";
import type { OverviewStats } from "./get-overview-stats";
import type { RecentItem } from "./get-recent-items";
import type { SightingsTimeline } from "./get-sightings-timeline";
import type { TopCampaign } from "./get-top-campaigns";

/**
 * One queryOptions per endpoint, used by useQuery in the browser. Server components prefetch with the same options
 * and swap only queryFn for the lib query (see app/page.tsx): same key, same response type, no HTTP hop.
 */
export const overviewQueries = {
  stats: () =>
    queryOptions({ queryKey: keys.overview.stats(), queryFn: ({ signal }) => apiGet<OverviewStats>("/api/overview/stats", {}, signal) }),
  timeline: () =>
    queryOptions({
      queryKey: keys.overview.timeline(),
      queryFn: ({ signal }) => apiGet<SightingsTimeline>("/api/overview/timeline", {}, signal),
    }),
  topCampaigns: () =>
    queryOptions({
      queryKey: keys.overview.topCampaigns(),
      queryFn: ({ signal }) => apiGet<TopCampaign[]>("/api/overview/top-campaigns", {}, signal),
    }),
  recentItems: () =>
    queryOptions({
      queryKey: keys.overview.recentItems(),
      queryFn: ({ signal }) => apiGet<RecentItem[]>("/api/overview/recent-items", {}, signal),
    }),
};
