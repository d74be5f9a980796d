import { readJsonBody } from "@/lib/api-v1/http/body";
import { getResourceQuerySchema, idParam } from "@/lib/api-v1/http/params";
import { v1Route } from "@/lib/api-v1/http/route";
import { updateItemBodySchema } from "@/lib/api-v1/items/schemas";
import { items } from "@/lib/api-v1/items/store";
import { searchParamsOf } from "@/lib/http/route";

type Params = { id: string };
const LABEL = "Item";

export const GET = v1Route<Params>("read", async ({ request, prisma, principal, params }) => {
  const id = await idParam(params, LABEL);
  const { includeDeleted } = getResourceQuerySchema.parse(searchParamsOf(request));
  return { data: await items.get(prisma, id, principal, includeDeleted) };
});

/** PATCH — partial update with optimistic locking: a stale version answers 409 and writes nothing. */
export const PATCH = v1Route<Params>("write", async ({ request, prisma, principal, params }) => {
  const id = await idParam(params, LABEL);
  const body = updateItemBodySchema.parse(await readJsonBody(request));
  return { data: await items.update(prisma, id, body, principal) };
});

/** DELETE — soft delete (admins): the row is hidden from lists and reads, and can be restored. */
export const DELETE = v1Route<Params>("moderate", async ({ prisma, principal, params }) => ({
  data: await items.remove(prisma, await idParam(params, LABEL), principal),
}));
