import { readJsonBody } from "@/lib/api-v1/http/body";
import { actorOf } from "@/lib/auth/principal";
import { getDatabase } from "@/lib/db";
import { authorise } from "@/lib/http/authorise";
import { ApiError } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/route";
import { rethrowAsApiError } from "@/lib/users/api-errors";
import { updateUser } from "@/lib/users/manage-users";
import { updateUserBodySchema, userIdSchema } from "@/lib/users/schemas";

type Context = { params: Promise<{ id: string }> };

/** PATCH /api/admin/users/:id — { role?, name?, active? }; 409 when it would leave no active admin. */
export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const principal = await authorise(request, "admin");
  const id = userIdSchema.safeParse((await params).id);
  if (!id.success) throw ApiError.notFound("User");
  const body = updateUserBodySchema.parse(await readJsonBody(request));
  return updateUser(getDatabase().prisma, id.data, body, actorOf(principal)).catch(rethrowAsApiError);
});
