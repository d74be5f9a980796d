import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { connection } from "next/server";
import type { SearchParams } from "nuqs/server";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { allows } from "@/lib/auth/principal";
import { listCampaignsPage } from "@/lib/campaigns/list-campaigns";
import { campaignQueries } from "@/lib/campaigns/query-options";
import { getItemFilterOptions } from "@/lib/items/get-item-filter-options";
import { itemQueries } from "@/lib/items/query-options";
import { getQueryClient } from "@/lib/query-client";
import { CampaignsView } from "./campaigns-view";
import { loadCampaignsSearchParams, toCampaignsFilters } from "./search-params";

export const metadata: Metadata = { title: "Campaigns" };

export default async function CampaignsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await requirePagePermission("read");
  await connection();
  const queryClient = getQueryClient();
  const parsed = toCampaignsFilters(await loadCampaignsSearchParams(searchParams));
  const mayModerate = allows(principal, "moderate");
  await Promise.all([
    parsed.success && (!parsed.data.deleted || mayModerate) &&
      queryClient.prefetchQuery({ ...campaignQueries.list(parsed.data), queryFn: () => listCampaignsPage(parsed.data) }),
    queryClient.prefetchQuery({ ...itemQueries.filterOptions(), queryFn: () => getItemFilterOptions() }),
  ]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <CampaignsView canWrite={allows(principal, "write")} canModerate={mayModerate} />
    </HydrationBoundary>
  );
}
