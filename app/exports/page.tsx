import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { connection } from "next/server";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { getDatabase } from "@/lib/db";
import { exportQueries } from "@/lib/exports/query-options";
import { listSnapshots } from "@/lib/exports/snapshots";
import { getItemFilterOptions } from "@/lib/items/get-item-filter-options";
import { itemQueries } from "@/lib/items/query-options";
import { getQueryClient } from "@/lib/query-client";
import { ExportsView } from "./exports-view";

export const metadata: Metadata = { title: "Exports" };

export default async function ExportsPage() {
  await requirePagePermission("export");
  await connection();
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery({ ...itemQueries.filterOptions(), queryFn: () => getItemFilterOptions() }),
    queryClient.prefetchQuery({ ...exportQueries.snapshots(), queryFn: async () => ({ snapshots: await listSnapshots(getDatabase().prisma) }) }),
  ]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ExportsView />
    </HydrationBoundary>
  );
}
