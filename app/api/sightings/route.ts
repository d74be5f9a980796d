import { connection } from "next/server";
import { actorOf } from "@/lib/auth/principal";
import { getDatabase } from "@/lib/db";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { parseLogSightingForm } from "@/lib/sightings/form-schemas";
import { logFormSighting } from "@/lib/sightings/log-form-sighting";
import { readJsonBody } from "@/lib/api-v1/http/body";

/** POST /api/sightings — the "Log a sighting" form: 201 { itemId, sightingId, outcome }. */
export const POST = apiRoute(async (request) => {
  await connection();
  const principal = await authorise(request, "write");
  const { input, evidenceIds } = parseLogSightingForm(await readJsonBody(request));
  const result = await logFormSighting(getDatabase().prisma, input, evidenceIds, actorOf(principal));
  return Response.json(result, { status: 201, headers: { "Cache-Control": "no-store" } });
});
