import { connection } from "next/server";
import { getDatabase } from "@/lib/db";
import { listSuggestions } from "@/lib/clustering/list-suggestions";
import { listSuggestionsQuerySchema } from "@/lib/clustering/schemas";
import { authorise } from "@/lib/http/authorise";
import { apiRoute, searchParamsOf } from "@/lib/http/route";

/**
 * GET /api/clustering/suggestions?campaign=<id|slug> | ?candidates=1 | ?item=<id> | ?open=1 [&kind=new|additions]
 * [&size=small|large] [&page=] — open suggestions, best first, a page at a time (each with its first page of items).
 */
export const GET = apiRoute(async (request) => {
  await connection();
  await authorise(request, "read");
  const query = listSuggestionsQuerySchema.parse(searchParamsOf(request));
  return listSuggestions(getDatabase().prisma, query);
});
