import { connection } from "next/server";
import { getDatabase } from "@/lib/db";
import { authorise } from "@/lib/http/authorise";
import { apiRoute, searchParamsOf } from "@/lib/http/route";
import { lookupQuerySchema } from "@/lib/lookups/schemas";
import { searchLookups } from "@/lib/lookups/search-lookups";

/** GET /api/lookups?kind=person|organization|account|narrative|marker|campaign|country&q=&platform= */
export const GET = apiRoute(async (request) => {
  await connection();
  await authorise(request, "read");
  const query = lookupQuerySchema.parse(searchParamsOf(request));
  return { options: await searchLookups(getDatabase().prisma, query) };
});
