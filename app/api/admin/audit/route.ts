import { connection } from "next/server";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { listAuditQuerySchema } from "@/lib/audit/schemas";
import { getDatabase } from "@/lib/db";
import { authorise } from "@/lib/http/authorise";
import { apiRoute, searchParamsOf } from "@/lib/http/route";

/** GET /api/admin/audit?actor=&action=&entityType=&entityId=&from=&to=&cursor=&limit= — newest first. */
export const GET = apiRoute(async (request) => {
  await connection();
  await authorise(request, "admin");
  const query = listAuditQuerySchema.parse(searchParamsOf(request));
  return listAuditEvents(getDatabase().prisma, query);
});
