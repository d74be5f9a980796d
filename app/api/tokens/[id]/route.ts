import { idParam } from "@/lib/api-v1/http/params";
import { assertSession, revokeToken } from "@/lib/api-v1/tokens/manage-tokens";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { db } from "@/lib/db";

type Context = { params: Promise<{ id: string }> };

/** DELETE /api/tokens/{id} — revokes (owner or admin); the row stays for the record. */
export const DELETE = apiRoute<Context>(async (request, { params }) => {
  const principal = await authorise(request, "read");
  assertSession(principal);
  return { token: await revokeToken(db, principal, await idParam(params, "API token")) };
});
