import { infiniteQueryOptions, keepPreviousData } from "@tanstack/react-query";
import { apiGet } from "../http/api-client";
import { keys } from "../query-keys";
import type { AuditPage } from "./list-audit-events";
import type { AuditFilters } from "./schemas";

export const AUDIT_PAGE_SIZE = 50;

/** The audit trail as pages of older and older events; "Show older" asks for the next cursor. */
export const auditQueries = {
  list: (filters: AuditFilters) =>
    infiniteQueryOptions({
      queryKey: keys.admin.audit(filters),
      queryFn: ({ signal, pageParam }) =>
        apiGet<AuditPage>("/api/admin/audit", { ...filters, cursor: pageParam, limit: AUDIT_PAGE_SIZE }, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
      placeholderData: keepPreviousData,
    }),
};
