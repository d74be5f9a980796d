import { connection } from "next/server";
import { actorOf, allows } from "@/lib/auth/principal";
import { getDatabase } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { getItem } from "@/lib/items/get-item";
import { itemIdSchema } from "@/lib/items/schemas";
import { setItemDeleted } from "@/lib/items/soft-delete-item";
import { updateItem } from "@/lib/items/update-item";
import { updateItemBodySchema } from "@/lib/items/update-item-schema";
import { readJsonBody } from "@/lib/api-v1/http/body";

type Context = { params: Promise<{ id: string }> };

// A malformed id names no item: 404, like an unknown one.
const idOf = async (context: Context) => itemIdSchema.safeParse((await context.params).id).data;

export const GET = apiRoute<Context>(async (request, context) => {
  await connection();
  const principal = await authorise(request, "read");
  const id = await idOf(context);
  // Moderators see a deleted item (to restore it); everyone else gets 404.
  const item = id ? await getItem(id, undefined, { includeDeleted: allows(principal, "moderate") }) : null;
  if (!item) throw ApiError.notFound("Item");
  return item;
});

/** PATCH /api/items/:id { version, …fields } — 409 when someone else saved since `version`. */
export const PATCH = apiRoute<Context>(async (request, context) => {
  await connection();
  const principal = await authorise(request, "write");
  const id = await idOf(context);
  if (!id) throw ApiError.notFound("Item");
  const body = updateItemBodySchema.parse(await readJsonBody(request));
  return updateItem(getDatabase().prisma, id, body, actorOf(principal));
});

/** DELETE /api/items/:id — soft delete, admins only (POST …/restore undoes it). */
export const DELETE = apiRoute<Context>(async (request, context) => {
  await connection();
  const principal = await authorise(request, "moderate");
  const id = await idOf(context);
  if (!id) throw ApiError.notFound("Item");
  return setItemDeleted(getDatabase().prisma, id, true, actorOf(principal));
});
