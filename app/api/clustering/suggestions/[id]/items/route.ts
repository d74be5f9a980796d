import { connection } from "next/server";
import { getDatabase } from "@/lib/db";
import { listSuggestionItems } from "@/lib/clustering/list-suggestions";
import { listSuggestionItemsQuerySchema, suggestionIdSchema } from "@/lib/clustering/schemas";
import { authorise } from "@/lib/http/authorise";
import { ApiError } from "@/lib/http/errors";
import { apiRoute, searchParamsOf } from "@/lib/http/route";

type Context = { params: Promise<{ id: string }> };

/** GET /api/clustering/suggestions/:id/items?page= — the suggestion's open items, best first, a page at a time. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  await connection();
  await authorise(request, "read");
  const id = suggestionIdSchema.safeParse((await params).id);
  if (!id.success) throw ApiError.notFound("Suggestion");
  const { page } = listSuggestionItemsQuerySchema.parse(searchParamsOf(request));
  return listSuggestionItems(getDatabase().prisma, id.data, page);
});
