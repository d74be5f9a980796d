import { connection } from "next/server";
import { campaignIdOf, campaignService } from "@/lib/campaigns/campaign-store";
import { getDatabase } from "@/lib/db";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";

type Context = { params: Promise<{ id: string }> };

/** POST /api/campaigns/:idOrSlug/restore — undo a soft delete, admins only (a merged campaign cannot be restored). */
export const POST = apiRoute<Context>(async (request, { params }) => {
  await connection();
  const principal = await authorise(request, "moderate");
  const prisma = getDatabase().prisma;
  return campaignService.restore(prisma, await campaignIdOf(prisma, (await params).id), principal);
});
