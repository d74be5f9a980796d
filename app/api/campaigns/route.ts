import { connection } from "next/server";
import { campaignService } from "@/lib/campaigns/campaign-store";
import { listCampaignsPage } from "@/lib/campaigns/list-campaigns";
import { campaignsListQuerySchema } from "@/lib/campaigns/list-schema";
import { createCampaignBodySchema } from "@/lib/campaigns/schemas";
import { getDatabase } from "@/lib/db";
import { allows } from "@/lib/auth/principal";
import { ApiError } from "@/lib/http/errors";
import { authorise } from "@/lib/http/authorise";
import { apiRoute, searchParamsOf } from "@/lib/http/route";
import { readJsonBody } from "@/lib/api-v1/http/body";

/** GET /api/campaigns?q=&status=&country=&language=&sort=&dir=&page=&deleted= — the campaigns list. */
export const GET = apiRoute(async (request) => {
  await connection();
  const principal = await authorise(request, "read");
  const filters = campaignsListQuerySchema.parse(searchParamsOf(request));
  if (filters.deleted && !allows(principal, "moderate")) {
    throw new ApiError(403, "forbidden", "Not allowed: only admins may list deleted campaigns", [{ path: "deleted", message: "needs the moderate permission" }]);
  }
  return listCampaignsPage(filters);
});

/** POST /api/campaigns — create a campaign (the editor); 409 when the name is taken in any case. */
export const POST = apiRoute(async (request) => {
  await connection();
  const principal = await authorise(request, "write");
  const body = createCampaignBodySchema.parse(await readJsonBody(request));
  return Response.json(await campaignService.create(getDatabase().prisma, body, principal), { status: 201, headers: { "Cache-Control": "no-store" } });
});
