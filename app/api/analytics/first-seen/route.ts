import { connection } from "next/server";
import { cachedAnalytics } from "@/lib/analytics/cached-analytics";
import { firstSeenQuerySchema } from "@/lib/analytics/schemas";
import { authorise } from "@/lib/http/authorise";
import { apiRoute, searchParamsOf } from "@/lib/http/route";

/** GET /api/analytics/first-seen?narrative=<uuid> + the dataset filter (see lib/analytics/schemas.ts) */
export const GET = apiRoute(async (request) => {
  await connection();
  await authorise(request, "read");
  return cachedAnalytics.firstSeen(firstSeenQuerySchema.parse(searchParamsOf(request)));
});
