import { cachedAnalytics } from "@/lib/analytics/cached-analytics";
import { markersQuerySchema } from "@/lib/analytics/schemas";
import { heavyRoute } from "@/lib/http/heavy-route";
import { searchParamsOf } from "@/lib/http/route";

/** GET /api/analytics/markers?interval=day|week|month + the dataset filter (see lib/analytics/schemas.ts) */
export const GET = heavyRoute("analytics", "read", async (request) =>
  cachedAnalytics.markers(markersQuerySchema.parse(searchParamsOf(request))),
);
