import crypto from "node:crypto";
import type { PrismaClient, TokenScope } from "../generated/prisma/client";
import { recordAudit, type Actor } from "../audit/record-audit";

/**
 * Bearer tokens for scripts and tiplines. The secret is shown once at creation; only its SHA-256 is stored
 * (a random 256-bit secret needs no slow hash: there is nothing to brute-force), with a short prefix so people
 * can tell their tokens apart.
 */
const TOKEN_PREFIX = "sl_";
const LAST_USED_RESOLUTION_MS = 60_000; // don't write on every request

export function hashToken(secret: string): string {
  return crypto.createHash("sha256").update(secret, "utf8").digest("hex");
}

export interface CreatedToken {
  id: string;
  name: string;
  scope: TokenScope;
  prefix: string;
  /** Shown once; never stored. */
  secret: string;
}

export async function createApiToken(
  prisma: PrismaClient,
  input: { userId: string; name: string; scope: TokenScope; expiresAt?: Date | null },
  actor: Actor,
): Promise<CreatedToken> {
  const secret = TOKEN_PREFIX + crypto.randomBytes(32).toString("base64url");
  const prefix = secret.slice(0, TOKEN_PREFIX.length + 6);
  return prisma.$transaction(async (tx) => {
    const token = await tx.apiToken.create({
      data: { userId: input.userId, name: input.name, scope: input.scope, prefix, tokenHash: hashToken(secret), expiresAt: input.expiresAt ?? null },
      select: { id: true, name: true, scope: true, prefix: true, createdAt: true, expiresAt: true },
    });
    await recordAudit(tx, actor, { action: "create", entityType: "api_token", entityId: token.id, after: token });
    return { id: token.id, name: token.name, scope: token.scope, prefix, secret };
  });
}

export async function revokeApiToken(prisma: PrismaClient, tokenId: string, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const before = await tx.apiToken.findUniqueOrThrow({ where: { id: tokenId }, select: { id: true, revokedAt: true } });
    if (before.revokedAt) return;
    const after = await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() }, select: { id: true, revokedAt: true } });
    await recordAudit(tx, actor, { action: "revoke", entityType: "api_token", entityId: tokenId, before, after });
  });
}

export interface TokenOwner {
  tokenId: string;
  scope: TokenScope;
  user: { id: string; email: string; name: string; role: string };
}

/** The live token and its active owner for a presented secret, or null (unknown, revoked, expired, deactivated). */
export async function verifyApiToken(prisma: PrismaClient, secret: string, now = new Date()): Promise<TokenOwner | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const token = await prisma.apiToken.findUnique({
    where: { tokenHash: hashToken(secret) },
    select: { id: true, scope: true, revokedAt: true, expiresAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true, role: true, active: true } } },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || !token.user.active) return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  const { active: _active, ...user } = token.user;
  return { tokenId: token.id, scope: token.scope, user };
}
