import { v1Route } from "@/lib/api-v1/http/route";
import { created, idempotentPost } from "@/lib/api-v1/http/post";
import { createNarrativeBodySchema, listNarrativesQuerySchema } from "@/lib/api-v1/narratives/schemas";
import { listNarratives, narratives } from "@/lib/api-v1/narratives/store";
import { searchParamsOf } from "@/lib/http/route";

/** GET /api/v1/narratives — filtered, cursor-paginated list: { data, nextCursor }. */
export const GET = v1Route("read", async ({ request, prisma, principal }) => listNarratives(prisma, listNarrativesQuerySchema.parse(searchParamsOf(request)), principal));

export const POST = v1Route("write", (context) =>
  idempotentPost(context, async (body) =>
    created({ data: await narratives.create(context.prisma, createNarrativeBodySchema.parse(body), context.principal) }),
  ),
);
