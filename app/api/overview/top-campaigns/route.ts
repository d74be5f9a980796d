import { connection } from "next/server";
import { apiRoute } from "@/lib/http/route";
import { getTopCampaigns } from "@/lib/overview/get-top-campaigns";

export const GET = apiRoute(async () => {
  await connection();
  return getTopCampaigns();
});
