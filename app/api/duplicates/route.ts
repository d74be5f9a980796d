import { connection } from "next/server";
import { getDatabase } from "@/lib/db";
import { authorise } from "@/lib/http/authorise";
import { apiRoute, searchParamsOf } from "@/lib/http/route";
import { findDuplicates } from "@/lib/ingest/find-duplicates";
import { duplicatesQuerySchema } from "@/lib/sightings/duplicates-query-schema";
import { readJsonBody } from "@/lib/api-v1/http/body";

async function duplicates(request: Request, query: unknown) {
  await connection();
  await authorise(request, "read");
  const { url, sha256, title, text, limit } = duplicatesQuerySchema.parse(query);
  return { matches: await findDuplicates(getDatabase().prisma, { url, fileSha256: sha256, title, text, limit }) };
}

/** GET /api/duplicates?url=&sha256=&title=&text= — known items a new sighting may be a copy of, with reasons and score. */
export const GET = apiRoute((request) => duplicates(request, searchParamsOf(request)));

/** The same check with a JSON body, for transcripts too long for a query string. */
export const POST = apiRoute(async (request) => duplicates(request, await readJsonBody(request)));
