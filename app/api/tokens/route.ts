import { readJsonBody } from "@/lib/api-v1/http/body";
import { createTokenForSelf, assertSession, listTokens } from "@/lib/api-v1/tokens/manage-tokens";
import { createTokenBodySchema, listTokensQuerySchema } from "@/lib/api-v1/tokens/schemas";
import { authorise } from "@/lib/http/authorise";
import { apiRoute, searchParamsOf } from "@/lib/http/route";
import { db } from "@/lib/db";

/** GET /api/tokens — the caller's tokens (admins: ?all=true for everyone's). Session only. */
export const GET = apiRoute(async (request) => {
  const principal = await authorise(request, "read");
  assertSession(principal);
  const { all } = listTokensQuerySchema.parse(searchParamsOf(request));
  return listTokens(db, principal, all);
});

/** POST /api/tokens — a new token for the caller; the secret is in this answer and nowhere else. */
export const POST = apiRoute(async (request) => {
  const principal = await authorise(request, "read");
  assertSession(principal);
  const body = createTokenBodySchema.parse(await readJsonBody(request));
  return Response.json(await createTokenForSelf(db, principal, body), { status: 201, headers: { "Cache-Control": "no-store" } });
});
