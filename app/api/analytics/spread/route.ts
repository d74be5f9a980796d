import { cachedAnalytics } from "@/lib/analytics/cached-analytics";
import { spreadQuerySchema } from "@/lib/analytics/schemas";
import { heavyRoute } from "@/lib/http/heavy-route";
import { searchParamsOf } from "@/lib/http/route";

/** GET /api/analytics/spread?interval=day|week|month&stack=platform|campaign + the dataset filter (see lib/analytics/schemas.ts) */
export const GET = heavyRoute("analytics", "read", async (request) =>
  cachedAnalytics.spread(spreadQuerySchema.parse(searchParamsOf(request))),
);
