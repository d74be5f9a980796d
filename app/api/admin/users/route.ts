import { connection } from "next/server";
import { readJsonBody } from "@/lib/api-v1/http/body";
import { actorOf } from "@/lib/auth/principal";
import { getDatabase } from "@/lib/db";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { rethrowAsApiError } from "@/lib/users/api-errors";
import { listPeople } from "@/lib/users/list-people";
import { createUser } from "@/lib/users/manage-users";
import { createUserBodySchema } from "@/lib/users/schemas";

/** GET /api/admin/users — everyone on the team, with whether they can sign in yet. */
export const GET = apiRoute(async (request) => {
  await connection();
  await authorise(request, "admin");
  return listPeople(getDatabase().prisma);
});

/** POST /api/admin/users — { email, name, role, password? } → 201 with the new person. */
export const POST = apiRoute(async (request) => {
  const principal = await authorise(request, "admin");
  const body = createUserBodySchema.parse(await readJsonBody(request));
  const user = await createUser(getDatabase().prisma, body, actorOf(principal)).catch(rethrowAsApiError);
  return Response.json(user, { status: 201, headers: { "Cache-Control": "no-store" } });
});
