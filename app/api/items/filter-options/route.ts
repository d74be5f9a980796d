import { connection } from "next/server";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { getItemFilterOptions } from "@/lib/items/get-item-filter-options";

export const GET = apiRoute(async (request) => {
  await connection();
  await authorise(request, "read");
  return getItemFilterOptions();
});
