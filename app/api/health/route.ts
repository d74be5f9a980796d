import { connection } from "next/server";
import { getHealth } from "@/lib/http/health";
import { apiRoute } from "@/lib/http/route";

export const GET = apiRoute(async () => {
  await connection();
  return getHealth();
});
