import type { PrismaClient } from "../../generated/prisma/client";
import { createApiToken, revokeApiToken } from "../../auth/api-tokens";
import { actorOf, allows, type Principal } from "../../auth/principal";
import { ApiError } from "../../http/errors";
import type { CreateTokenBody, CreatedTokenResponse, TokenList, TokenRow } from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;
const select = {
  id: true, name: true, prefix: true, scope: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true,
  user: { select: { id: true, email: true, name: true } },
} as const;

type Selected = { id: string; name: string; prefix: string; scope: "read" | "write"; createdAt: Date; lastUsedAt: Date | null; expiresAt: Date | null; revokedAt: Date | null; user: TokenRow["owner"] };

const iso = (d: Date | null) => (d ? d.toISOString() : null);
function toRow(t: Selected, now = new Date()): TokenRow {
  const status = t.revokedAt ? "revoked" : t.expiresAt && t.expiresAt <= now ? "expired" : "active";
  return { status, id: t.id, name: t.name, prefix: t.prefix, scope: t.scope, createdAt: t.createdAt.toISOString(), lastUsedAt: iso(t.lastUsedAt), expiresAt: iso(t.expiresAt), revokedAt: iso(t.revokedAt), owner: t.user };
}

/** Tokens mint nothing: managing tokens needs a signed-in browser session, so a leaked token cannot breed more. */
export function assertSession(principal: Principal): void {
  if (principal.via !== "session") {
    throw new ApiError(403, "forbidden", "Not allowed: API tokens are managed from a signed-in session (Settings → API tokens), not with a token");
  }
}

export async function listTokens(prisma: PrismaClient, principal: Principal, all = false): Promise<TokenList> {
  const canSeeAll = allows(principal, "admin");
  if (all && !canSeeAll) throw new ApiError(403, "forbidden", "Not allowed: only admins see everyone's tokens");
  const tokens = await prisma.apiToken.findMany({
    where: all ? {} : { userId: principal.userId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "desc" }],
    take: 500,
    select,
  });
  return { tokens: tokens.map((t) => toRow(t)), canSeeAll };
}

/** For the caller only: nobody issues tokens in someone else's name. */
export async function createTokenForSelf(prisma: PrismaClient, principal: Principal, body: CreateTokenBody, now = new Date()): Promise<CreatedTokenResponse> {
  if (body.scope === "write" && !allows(principal, "write")) {
    throw new ApiError(403, "forbidden", "Not allowed: your role cannot write, so a write-scope token would do nothing more than a read one", [
      { path: "scope", message: "your role can only have read tokens" },
    ]);
  }
  const expiresAt = body.expiresInDays === null ? null : new Date(now.getTime() + body.expiresInDays * DAY_MS);
  const created = await createApiToken(prisma, { userId: principal.userId, name: body.name, scope: body.scope, expiresAt }, actorOf(principal));
  const token = await prisma.apiToken.findUniqueOrThrow({ where: { id: created.id }, select });
  return { token: toRow(token), secret: created.secret };
}

/** Owners revoke their own tokens; admins anyone's. Revoked tokens stay listed (the trail), and never work again. */
export async function revokeToken(prisma: PrismaClient, principal: Principal, tokenId: string): Promise<TokenRow> {
  const token = await prisma.apiToken.findUnique({ where: { id: tokenId }, select: { userId: true } });
  if (!token || (token.userId !== principal.userId && !allows(principal, "admin"))) throw ApiError.notFound("API token");
  await revokeApiToken(prisma, tokenId, actorOf(principal));
  return toRow(await prisma.apiToken.findUniqueOrThrow({ where: { id: tokenId }, select }));
}
