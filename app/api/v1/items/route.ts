import { v1Route } from "@/lib/api-v1/http/route";
import { created, idempotentPost, ok } from "@/lib/api-v1/http/post";
import { createItemBodySchema, listItemsQuerySchema } from "@/lib/api-v1/items/schemas";
import { createItem, listItems } from "@/lib/api-v1/items/queries";
import { searchParamsOf } from "@/lib/http/route";

/** GET /api/v1/items — filtered, cursor-paginated list: { data, nextCursor }. */
export const GET = v1Route("read", async ({ request, prisma, principal }) => listItems(prisma, listItemsQuerySchema.parse(searchParamsOf(request)), principal));

/** POST /api/v1/items — new content with its first sighting (201; 200 when merged into known content). */
export const POST = v1Route("write", (context) =>
  idempotentPost(context, async (body) => {
    const result = await createItem(context.prisma, createItemBodySchema.parse(body), context.principal);
    return result.outcome === "created" ? created(result) : ok(result);
  }),
);
