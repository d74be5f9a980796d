import { connection } from "next/server";
import { authorise } from "@/lib/http/authorise";
import { apiRoute, searchParamsOf } from "@/lib/http/route";
import { searchQuerySchema } from "@/lib/search/schemas";
import { search } from "@/lib/search/search";

/** GET /api/search?q=&types=item,campaign,person,organization,account,narrative&limit= */
export const GET = apiRoute(async (request) => {
  await connection();
  await authorise(request, "read");
  return search(searchQuerySchema.parse(searchParamsOf(request)));
});
