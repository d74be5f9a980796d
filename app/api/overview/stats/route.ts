import { connection } from "next/server";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { getOverviewStats } from "@/lib/overview/get-overview-stats";

export const GET = apiRoute(async (request) => {
  await connection();
  await authorise(request, "read");
  return getOverviewStats();
});
