import "server-only";
import { getAuth } from "../auth/auth";
import { allows, resolvePrincipal, type Principal } from "../auth/principal";
import type { Permission } from "../auth/permissions";
import { ROLE_LABELS } from "../auth/permissions";
import { getDatabase } from "../db";
import { ApiError } from "./errors";

/**
 * The role check every route handler and server action starts with: who is calling (session cookie or
 * Bearer token) and may they do this? 401 when nobody is signed in, 403 when the role or token scope falls short.
 */
export async function authorise(request: Request | Headers, permission: Permission): Promise<Principal> {
  const headers = request instanceof Headers ? request : request.headers;
  const principal = await resolvePrincipal(getDatabase().prisma, getAuth(), headers);
  if (!principal) throw new ApiError(401, "unauthenticated", "Sign in, or send a valid API token as `Authorization: Bearer …`");
  if (!allows(principal, permission)) {
    const why = principal.scope === "read" && permission !== "read" && permission !== "export"
      ? "this API token has read scope"
      : `${ROLE_LABELS[principal.role]}s cannot ${permission}`;
    throw new ApiError(403, "forbidden", `Not allowed: ${why}.`);
  }
  return principal;
}
