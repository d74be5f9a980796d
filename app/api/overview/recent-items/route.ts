import { connection } from "next/server";
import { apiRoute } from "@/lib/http/route";
import { getRecentItems } from "@/lib/overview/get-recent-items";

export const GET = apiRoute(async () => {
  await connection();
  return getRecentItems();
});
