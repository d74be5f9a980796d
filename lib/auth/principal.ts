import type { PrismaClient } from "../generated/prisma/client";
import type { Actor } from "../audit/record-audit";
import type { Auth } from "./create-auth";
import { verifyApiToken } from "./api-tokens";
import { can, isRole, type Permission, type Role } from "./permissions";

/** Who is calling: a signed-in person, or a script holding one of their API tokens. */
export interface Principal {
  userId: string;
  email: string;
  name: string;
  role: Role;
  via: "session" | "token";
  tokenId?: string;
  /** Token scope; a session has the full reach of its role. */
  scope: "read" | "write";
}

/** A read-scoped token can only do what reading allows, whatever its owner's role. */
const READ_SCOPE: readonly Permission[] = ["read", "export"];

export function allows(principal: Principal, permission: Permission): boolean {
  if (principal.scope === "read" && !READ_SCOPE.includes(permission)) return false;
  return can(principal.role, permission);
}

export function actorOf(principal: Principal): Actor {
  return principal.via === "token" && principal.tokenId
    ? { kind: "api_token", userId: principal.userId, tokenId: principal.tokenId }
    : { kind: "user", userId: principal.userId };
}

/** Bearer token first (API clients), else the session cookie (the browser). */
export async function resolvePrincipal(prisma: PrismaClient, auth: Auth, headers: Headers): Promise<Principal | null> {
  const authorization = headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    const owner = match ? await verifyApiToken(prisma, match[1]) : null;
    if (!owner || !isRole(owner.user.role)) return null;
    return {
      userId: owner.user.id,
      email: owner.user.email,
      name: owner.user.name,
      role: owner.user.role,
      via: "token",
      tokenId: owner.tokenId,
      scope: owner.scope,
    };
  }
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: unknown; active?: unknown };
  if (user.active === false || !isRole(user.role)) return null;
  return { userId: user.id, email: user.email, name: user.name, role: user.role, via: "session", scope: "write" };
}
