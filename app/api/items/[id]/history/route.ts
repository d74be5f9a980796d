import { connection } from "next/server";
import { allows } from "@/lib/auth/principal";
import { getDatabase } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { getItemHistory } from "@/lib/items/get-item-history";
import { itemIdSchema } from "@/lib/items/schemas";

type Context = { params: Promise<{ id: string }> };

/** GET /api/items/:id/history — the item's audit trail with field-by-field diffs, newest first. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  await connection();
  const principal = await authorise(request, "read");
  const id = itemIdSchema.safeParse((await params).id);
  const prisma = getDatabase().prisma;
  const item = id.success ? await prisma.item.findUnique({ where: { id: id.data }, select: { deletedAt: true } }) : null;
  if (!item || !id.success || (item.deletedAt && !allows(principal, "moderate"))) throw ApiError.notFound("Item");
  return { events: await getItemHistory(id.data, prisma) };
});
