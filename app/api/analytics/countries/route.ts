import { connection } from "next/server";
import { cachedAnalytics } from "@/lib/analytics/cached-analytics";
import { analyticsFilterQuerySchema } from "@/lib/analytics/schemas";
import { authorise } from "@/lib/http/authorise";
import { apiRoute, searchParamsOf } from "@/lib/http/route";

/** GET /api/analytics/countries?campaign=&from=&to=&country=&language=&platform=&verdict= (see lib/analytics/schemas.ts) */
export const GET = apiRoute(async (request) => {
  await connection();
  await authorise(request, "read");
  return cachedAnalytics.countries(analyticsFilterQuerySchema.parse(searchParamsOf(request)));
});
