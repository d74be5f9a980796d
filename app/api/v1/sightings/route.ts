import { v1Route } from "@/lib/api-v1/http/route";
import { created, idempotentPost } from "@/lib/api-v1/http/post";
import { createSightingBodySchema, listSightingsQuerySchema } from "@/lib/api-v1/sightings/schemas";
import { createSighting, listSightings } from "@/lib/api-v1/sightings/queries";
import { searchParamsOf } from "@/lib/http/route";

/** GET /api/v1/sightings — filtered, cursor-paginated list: { data, nextCursor }. */
export const GET = v1Route("read", async ({ request, prisma, principal }) => listSightings(prisma, listSightingsQuerySchema.parse(searchParamsOf(request)), principal));

export const POST = v1Route("write", (context) =>
  idempotentPost(context, async (body) =>
    created(await createSighting(context.prisma, createSightingBodySchema.parse(body), context.principal)),
  ),
);
