import { cachedAnalytics } from "@/lib/analytics/cached-analytics";
import { firstSeenQuerySchema } from "@/lib/analytics/schemas";
import { heavyRoute } from "@/lib/http/heavy-route";
import { searchParamsOf } from "@/lib/http/route";

/** GET /api/analytics/first-seen?narrative=<uuid> + the dataset filter (see lib/analytics/schemas.ts) */
export const GET = heavyRoute("analytics", "read", async (request) =>
  cachedAnalytics.firstSeen(firstSeenQuerySchema.parse(searchParamsOf(request))),
);
