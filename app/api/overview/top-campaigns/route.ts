import { connection } from "next/server";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { getTopCampaigns } from "@/lib/overview/get-top-campaigns";

export const GET = apiRoute(async (request) => {
  await connection();
  await authorise(request, "read");
  return getTopCampaigns();
});
