import { connection } from "next/server";
import { allows } from "@/lib/auth/principal";
import { campaignIdOf, campaignService } from "@/lib/campaigns/campaign-store";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { updateCampaignBodySchema } from "@/lib/campaigns/schemas";
import { getDatabase } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { readJsonBody } from "@/lib/api-v1/http/body";

type Context = { params: Promise<{ id: string }> };

/** GET /api/campaigns/:idOrSlug — the campaign page's data (moderators also see a deleted one). */
export const GET = apiRoute<Context>(async (request, { params }) => {
  await connection();
  const principal = await authorise(request, "read");
  const campaign = await getCampaign((await params).id, undefined, { includeDeleted: allows(principal, "moderate") });
  if (!campaign) throw ApiError.notFound("Campaign");
  return campaign;
});

/** PATCH /api/campaigns/:idOrSlug { version, …fields } — 409 when someone else saved since `version`. */
export const PATCH = apiRoute<Context>(async (request, { params }) => {
  await connection();
  const principal = await authorise(request, "write");
  const prisma = getDatabase().prisma;
  const id = await campaignIdOf(prisma, (await params).id);
  const body = updateCampaignBodySchema.parse(await readJsonBody(request));
  return campaignService.update(prisma, id, body, principal);
});

/** DELETE /api/campaigns/:idOrSlug — soft delete, admins only (POST …/restore undoes it). */
export const DELETE = apiRoute<Context>(async (request, { params }) => {
  await connection();
  const principal = await authorise(request, "moderate");
  const prisma = getDatabase().prisma;
  return campaignService.remove(prisma, await campaignIdOf(prisma, (await params).id), principal);
});
