import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { connection } from "next/server";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { getDatabase } from "@/lib/db";
import { listImportJobs } from "@/lib/imports/jobs/get-job";
import { startImportWorker } from "@/lib/imports/jobs/worker";
import { importQueries } from "@/lib/imports/query-options";
import { getQueryClient } from "@/lib/query-client";
import { ImportsView } from "./imports-view";

export const metadata: Metadata = { title: "Import" };

export default async function ImportsPage() {
  await requirePagePermission("import");
  await connection();
  startImportWorker(() => getDatabase().prisma);
  const queryClient = getQueryClient();
  await queryClient.prefetchQuery({ ...importQueries.list(), queryFn: async () => ({ jobs: await listImportJobs(getDatabase().prisma) }) });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ImportsView />
    </HydrationBoundary>
  );
}
