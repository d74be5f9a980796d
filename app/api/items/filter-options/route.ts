import { connection } from "next/server";
import { apiRoute } from "@/lib/http/route";
import { getItemFilterOptions } from "@/lib/items/get-item-filter-options";

export const GET = apiRoute(async () => {
  await connection();
  return getItemFilterOptions();
});
