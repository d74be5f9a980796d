import { connection } from "next/server";
import { actorOf } from "@/lib/auth/principal";
import { getDatabase } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { itemIdSchema } from "@/lib/items/schemas";
import { setItemDeleted } from "@/lib/items/soft-delete-item";

type Context = { params: Promise<{ id: string }> };

/** POST /api/items/:id/restore — undo a soft delete, admins only. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  await connection();
  const principal = await authorise(request, "moderate");
  const id = itemIdSchema.safeParse((await params).id);
  if (!id.success) throw ApiError.notFound("Item");
  return setItemDeleted(getDatabase().prisma, id.data, false, actorOf(principal));
});
