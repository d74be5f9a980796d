import { cachedAnalytics } from "@/lib/analytics/cached-analytics";
import { analyticsFilterQuerySchema } from "@/lib/analytics/schemas";
import { heavyRoute } from "@/lib/http/heavy-route";
import { searchParamsOf } from "@/lib/http/route";

/** GET /api/analytics/countries?campaign=&from=&to=&country=&language=&platform=&verdict= (see lib/analytics/schemas.ts) */
export const GET = heavyRoute("analytics", "read", async (request) =>
  cachedAnalytics.countries(analyticsFilterQuerySchema.parse(searchParamsOf(request))),
);
