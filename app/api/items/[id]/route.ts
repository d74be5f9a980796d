import { connection } from "next/server";
import { ApiError } from "@/lib/http/errors";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { getItem } from "@/lib/items/get-item";
import { itemIdSchema } from "@/lib/items/schemas";

type Context = { params: Promise<{ id: string }> };

export const GET = apiRoute<Context>(async (request, { params }) => {
  await connection();
  await authorise(request, "read");
  const parsed = itemIdSchema.safeParse((await params).id);
  // A malformed id names no item: 404, like an unknown one.
  const item = parsed.success ? await getItem(parsed.data) : null;
  if (!item) throw ApiError.notFound("Item");
  return item;
});
