import { connection } from "next/server";
import { actorOf } from "@/lib/auth/principal";
import { campaignIdOf } from "@/lib/campaigns/campaign-store";
import { splitCampaignBodySchema } from "@/lib/campaigns/schemas";
import { splitCampaign } from "@/lib/campaigns/split-campaign";
import { getDatabase } from "@/lib/db";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { readJsonBody } from "@/lib/api-v1/http/body";

type Context = { params: Promise<{ id: string }> };

/** POST /api/campaigns/:idOrSlug/split { version, itemIds, name, description? } — move items into a new campaign. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  await connection();
  const principal = await authorise(request, "write");
  const prisma = getDatabase().prisma;
  const id = await campaignIdOf(prisma, (await params).id);
  const body = splitCampaignBodySchema.parse(await readJsonBody(request));
  return Response.json(await splitCampaign(prisma, id, body, actorOf(principal)), { status: 201, headers: { "Cache-Control": "no-store" } });
});
