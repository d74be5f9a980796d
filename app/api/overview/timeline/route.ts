import { connection } from "next/server";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { getSightingsTimeline } from "@/lib/overview/get-sightings-timeline";

export const GET = apiRoute(async (request) => {
  await connection();
  await authorise(request, "read");
  return getSightingsTimeline();
});
