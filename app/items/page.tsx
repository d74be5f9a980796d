import { requirePagePermission } from "@/lib/auth/page-guard";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { connection } from "next/server";
import type { SearchParams } from "nuqs/server";
import { getItemFilterOptions } from "@/lib/items/get-item-filter-options";
import { listItems } from "@/lib/items/list-items";
import { itemQueries } from "@/lib/items/query-options";
import { getQueryClient } from "@/lib/query-client";
import { ItemsView } from "./items-view";
import { loadItemsSearchParams, toItemsFilters } from "./search-params";

export const metadata: Metadata = { title: "Items" };

export default async function ItemsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("read");
  await connection();
  const queryClient = getQueryClient();
  const parsed = toItemsFilters(await loadItemsSearchParams(searchParams));
  await Promise.all([
    parsed.success && queryClient.prefetchQuery({ ...itemQueries.list(parsed.data), queryFn: () => listItems(parsed.data) }),
    queryClient.prefetchQuery({ ...itemQueries.filterOptions(), queryFn: () => getItemFilterOptions() }),
  ]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ItemsView />
    </HydrationBoundary>
  );
}
