import { connection } from "next/server";
import { actorOf } from "@/lib/auth/principal";
import { campaignIdOf } from "@/lib/campaigns/campaign-store";
import { mergeCampaigns } from "@/lib/campaigns/merge-campaigns";
import { mergeCampaignBodySchema } from "@/lib/campaigns/schemas";
import { getDatabase } from "@/lib/db";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { readJsonBody } from "@/lib/api-v1/http/body";

type Context = { params: Promise<{ id: string }> };

/** POST /api/campaigns/:idOrSlug/merge { version, into } — fold this campaign into `into`, which survives. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  await connection();
  const principal = await authorise(request, "write");
  const prisma = getDatabase().prisma;
  const id = await campaignIdOf(prisma, (await params).id);
  const body = mergeCampaignBodySchema.parse(await readJsonBody(request));
  return mergeCampaigns(prisma, id, body, actorOf(principal));
});
