import { connection } from "next/server";
import { authorise } from "@/lib/http/authorise";
import { apiRoute, searchParamsOf } from "@/lib/http/route";
import { listItems } from "@/lib/items/list-items";
import { listItemsQuerySchema } from "@/lib/items/schemas";

/** GET /api/items?q=&kind=&verdict=&platform=&language=&country=&campaign=&sort=&dir=&page=&pageSize= */
export const GET = apiRoute(async (request) => {
  await connection();
  await authorise(request, "read");
  const filters = listItemsQuerySchema.parse(searchParamsOf(request));
  return listItems(filters);
});
