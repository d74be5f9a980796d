import { connection } from "next/server";
import { getDatabase } from "@/lib/db";
import { listRecentDecisions } from "@/lib/clustering/list-decisions";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";

/** GET /api/clustering/decisions — the 10 latest accept/reject decisions, with whether the caller can undo each. */
export const GET = apiRoute(async (request) => {
  await connection();
  const principal = await authorise(request, "read");
  return listRecentDecisions(getDatabase().prisma, { userId: principal.userId, mayUndoOthers: principal.role === "admin" });
});
