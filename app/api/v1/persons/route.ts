import { v1Route } from "@/lib/api-v1/http/route";
import { created, idempotentPost } from "@/lib/api-v1/http/post";
import { createPersonBodySchema, listPersonsQuerySchema } from "@/lib/api-v1/persons/schemas";
import { listPersons, persons } from "@/lib/api-v1/persons/store";
import { searchParamsOf } from "@/lib/http/route";

/** GET /api/v1/persons — filtered, cursor-paginated list: { data, nextCursor }. */
export const GET = v1Route("read", async ({ request, prisma, principal }) => listPersons(prisma, listPersonsQuerySchema.parse(searchParamsOf(request)), principal));

export const POST = v1Route("write", (context) =>
  idempotentPost(context, async (body) =>
    created({ data: await persons.create(context.prisma, createPersonBodySchema.parse(body), context.principal) }),
  ),
);
