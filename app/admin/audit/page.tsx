import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { connection } from "next/server";
import type { SearchParams } from "nuqs/server";
import { AuditView } from "./audit-view";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { AUDIT_PAGE_SIZE, auditQueries } from "@/lib/audit/query-options";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { getDatabase } from "@/lib/db";
import { getQueryClient } from "@/lib/query-client";
import { listPeople } from "@/lib/users/list-people";
import { peopleQueries } from "@/lib/users/query-options";
import { loadAuditSearchParams, toAuditFilters } from "./search-params";

export const metadata: Metadata = { title: "Audit trail · Admin" };

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("admin");
  await connection();
  const prisma = getDatabase().prisma;
  const queryClient = getQueryClient();
  const parsed = toAuditFilters(await loadAuditSearchParams(searchParams));
  await Promise.all([
    parsed.ok &&
      queryClient.prefetchInfiniteQuery({
        ...auditQueries.list(parsed.filters),
        queryFn: () => listAuditEvents(prisma, { ...parsed.filters, limit: AUDIT_PAGE_SIZE }),
      }),
    queryClient.prefetchQuery({ ...peopleQueries.list(), queryFn: () => listPeople(prisma) }),
  ]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <AuditView />
    </HydrationBoundary>
  );
}
