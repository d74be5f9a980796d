import { connection } from "next/server";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { disarmPickerCatalog } from "@/lib/lookups/disarm-picker-catalog";

/** GET /api/lookups/disarm — every DISARM Red technique with its tactic, for the searchable picker. */
export const GET = apiRoute(async (request) => {
  await connection();
  await authorise(request, "read");
  return disarmPickerCatalog();
});
