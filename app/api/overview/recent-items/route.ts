import { connection } from "next/server";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { getRecentItems } from "@/lib/overview/get-recent-items";

export const GET = apiRoute(async (request) => {
  await connection();
  await authorise(request, "read");
  return getRecentItems();
});
