import { v1Route } from "@/lib/api-v1/http/route";
import { created, idempotentPost } from "@/lib/api-v1/http/post";
import { createCampaignBodySchema, listCampaignsQuerySchema } from "@/lib/campaigns/schemas";
import { listCampaigns, campaigns } from "@/lib/api-v1/campaigns/store";
import { searchParamsOf } from "@/lib/http/route";

/** GET /api/v1/campaigns — filtered, cursor-paginated list: { data, nextCursor }. */
export const GET = v1Route("read", async ({ request, prisma, principal }) => listCampaigns(prisma, listCampaignsQuerySchema.parse(searchParamsOf(request)), principal));

export const POST = v1Route("write", (context) =>
  idempotentPost(context, async (body) =>
    created({ data: await campaigns.create(context.prisma, createCampaignBodySchema.parse(body), context.principal) }),
  ),
);
