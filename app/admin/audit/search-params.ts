import { createLoader, parseAsString, type inferParserType } from "nuqs/server";
import { listAuditQuerySchema, type AuditFilters } from "@/lib/audit/schemas";

/** The audit trail's filters live in the URL (a link opens the same view); the page cursor does not. */
export const auditSearchParams = {
  actor: parseAsString,
  action: parseAsString,
  entityType: parseAsString,
  entityId: parseAsString,
  from: parseAsString,
  to: parseAsString,
};

export type AuditSearchParams = inferParserType<typeof auditSearchParams>;
export const loadAuditSearchParams = createLoader(auditSearchParams);
export const AUDIT_FILTER_KEYS = Object.keys(auditSearchParams) as (keyof AuditSearchParams)[];

/** URL state → the API's filters, through the API's own schema, so a bad value is reported instead of sent. */
export function toAuditFilters(params: AuditSearchParams): { ok: true; filters: AuditFilters } | { ok: false; error: Error } {
  const present = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== null && v !== ""));
  const parsed = listAuditQuerySchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "filters"} ${issue.message}`);
    return { ok: false, error: new Error(`This link has filters Sightline does not understand: ${problems.join("; ")}.`) };
  }
  const { cursor: _cursor, limit: _limit, ...filters } = parsed.data;
  return { ok: true, filters };
}
