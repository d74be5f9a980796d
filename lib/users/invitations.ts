import crypto from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { hashToken } from "../auth/api-tokens";
import { recordAudit, type Actor } from "../audit/record-audit";
import { insertUser, type PublicUser } from "./manage-users";
import type { AcceptInvitationBody, CreateInvitationBody } from "./schemas";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const IDENTIFIER_PREFIX = "invite:";
const identifierOf = (userId: string) => `${IDENTIFIER_PREFIX}${userId}`;

export interface IssuedInvitation {
  user: PublicUser;
  /** Shown once, in the link; only its SHA-256 is stored. */
  token: string;
  expiresAt: Date;
}

/** Why an invitation link does not work; the status is the HTTP answer. */
export class InvitationError extends Error {
  constructor(
    readonly status: 404 | 409 | 410,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "InvitationError";
  }
}

const select = { id: true, email: true, name: true, role: true, active: true, lastLoginAt: true, createdAt: true } as const;

/**
 * Invites a new person (created without a password), or issues a fresh link to someone who has none yet. A new
 * link replaces any earlier one for that person, so only the latest link works.
 */
export async function createInvitation(
  prisma: PrismaClient,
  input: CreateInvitationBody,
  actor: Actor,
  now = new Date(),
): Promise<IssuedInvitation> {
  return prisma.$transaction(async (tx) => {
    const user = "userId" in input ? await invitableUser(tx, input.userId) : await insertUser(tx, input, null, actor);
    const token = crypto.randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
    await tx.verification.deleteMany({ where: { identifier: identifierOf(user.id) } });
    await tx.verification.create({ data: { identifier: identifierOf(user.id), value: hashToken(token), expiresAt } });
    await recordAudit(tx, actor, { action: "invite", entityType: "user", entityId: user.id, after: { email: user.email, expiresAt } });
    return { user, token, expiresAt };
  });
}

async function invitableUser(tx: Prisma.TransactionClient, userId: string): Promise<PublicUser> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select });
  if (!user.active) throw new InvitationError(409, "user_inactive", "This account is deactivated; reactivate it before inviting.");
  const credential = await tx.authAccount.findFirst({ where: { userId, providerId: "credential", password: { not: null } } });
  if (credential) throw new InvitationError(409, "already_has_password", "This person has already set a password.");
  return user;
}

export type InvitationStatus =
  | { status: "valid"; email: string; name: string; expiresAt: Date }
  | { status: "expired" | "unknown" | "inactive" };

/** What the invitation page shows before the person types anything. */
export async function describeInvitation(prisma: PrismaClient, token: string, now = new Date()): Promise<InvitationStatus> {
  const row = await findInvitation(prisma, token);
  if (!row) return { status: "unknown" };
  if (row.expiresAt <= now) return { status: "expired" };
  const user = await prisma.user.findUnique({ where: { id: row.userId }, select: { email: true, name: true, active: true } });
  if (!user) return { status: "unknown" };
  if (!user.active) return { status: "inactive" };
  return { status: "valid", email: user.email, name: user.name, expiresAt: row.expiresAt };
}

/**
 * Sets the invited person's password and spends the link. The row is deleted in the same transaction and the
 * deletion count decides, so two concurrent submissions of one link cannot both succeed.
 */
export async function acceptInvitation(prisma: PrismaClient, input: AcceptInvitationBody, now = new Date()): Promise<{ email: string }> {
  const row = await findInvitation(prisma, input.token);
  if (!row) throw unknownInvitation();
  if (row.expiresAt <= now) {
    throw new InvitationError(410, "invitation_expired", "This invitation has expired. Ask an admin for a new link.");
  }
  const hash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const spent = await tx.verification.deleteMany({ where: { id: row.id } });
    if (spent.count !== 1) throw unknownInvitation();
    const user = await tx.user.findUnique({ where: { id: row.userId }, select: { id: true, email: true, active: true } });
    if (!user) throw unknownInvitation();
    if (!user.active) throw new InvitationError(410, "user_inactive", "This account has been deactivated.");
    const existing = await tx.authAccount.findFirst({ where: { userId: user.id, providerId: "credential" }, select: { id: true } });
    if (existing) await tx.authAccount.update({ where: { id: existing.id }, data: { password: hash } });
    else await tx.authAccount.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: hash } });
    // Following the link proves they read mail at this address.
    await tx.user.update({ where: { id: user.id }, data: { emailVerified: true } });
    await recordAudit(tx, { kind: "user", userId: user.id }, { action: "accept_invitation", entityType: "user", entityId: user.id });
    return { email: user.email };
  });
}

function unknownInvitation(): InvitationError {
  return new InvitationError(404, "invitation_not_found", "This invitation link is not valid: it was already used, replaced by a newer link, or never existed.");
}

async function findInvitation(prisma: PrismaClient, token: string) {
  if (token.length > 200) return null;
  const row = await prisma.verification.findFirst({
    where: { value: hashToken(token), identifier: { startsWith: IDENTIFIER_PREFIX } },
    select: { id: true, identifier: true, expiresAt: true },
  });
  return row && { id: row.id, expiresAt: row.expiresAt, userId: row.identifier.slice(IDENTIFIER_PREFIX.length) };
}
