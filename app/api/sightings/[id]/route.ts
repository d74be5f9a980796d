import { connection } from "next/server";
import { actorOf } from "@/lib/auth/principal";
import { getDatabase } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { itemIdSchema } from "@/lib/items/schemas";
import { updateSightingBodySchema } from "@/lib/sightings/form-schemas";
import { readJsonBody } from "@/lib/api-v1/http/body";
import { updateSighting } from "@/lib/sightings/update-sighting";

type Context = { params: Promise<{ id: string }> };

/** PATCH /api/sightings/:id { version, …fields } — 409 when someone else saved since `version`. */
export const PATCH = apiRoute<Context>(async (request, { params }) => {
  await connection();
  const principal = await authorise(request, "write");
  const id = itemIdSchema.safeParse((await params).id);
  if (!id.success) throw ApiError.notFound("Sighting");
  const body = updateSightingBodySchema.parse(await readJsonBody(request));
  return updateSighting(getDatabase().prisma, id.data, body, actorOf(principal));
});
