import { connection } from "next/server";
import { apiRoute } from "@/lib/http/route";
import { getOverviewStats } from "@/lib/overview/get-overview-stats";

export const GET = apiRoute(async () => {
  await connection();
  return getOverviewStats();
});
