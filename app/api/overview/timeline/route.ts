import { connection } from "next/server";
import { apiRoute } from "@/lib/http/route";
import { getSightingsTimeline } from "@/lib/overview/get-sightings-timeline";

export const GET = apiRoute(async () => {
  await connection();
  return getSightingsTimeline();
});
