import { hashPassword } from "better-auth/crypto";
import type { Prisma, PrismaClient, User } from "../generated/prisma/client";
import { recordAudit, type Actor } from "../audit/record-audit";
import { assertKeepsAnActiveAdmin } from "./last-admin";
import type { CreateUserBody, UpdateUserBody } from "./schemas";

/** What the UI and the audit trail may see of a user: never credentials. */
export type PublicUser = Pick<User, "id" | "email" | "name" | "role" | "active" | "lastLoginAt" | "createdAt">;
const publicFields = { id: true, email: true, name: true, role: true, active: true, lastLoginAt: true, createdAt: true } as const;

export class DuplicateEmailError extends Error {
  constructor(readonly email: string) {
    super(`A user with the email ${email} already exists`);
  }
}

/**
 * Creates a person with a role and, when given, a password (hashed by better-auth, stored in their credential).
 * Without a password they can only get in through an invitation.
 */
export async function createUser(prisma: PrismaClient, input: CreateUserBody, actor: Actor): Promise<PublicUser> {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return prisma.$transaction((tx) => insertUser(tx, input, passwordHash, actor));
}

/** createUser's body, for callers that add more to the same transaction (an invitation). */
export async function insertUser(
  tx: Prisma.TransactionClient,
  input: Omit<CreateUserBody, "password">,
  passwordHash: string | null,
  actor: Actor,
): Promise<PublicUser> {
  if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new DuplicateEmailError(input.email);
  }
  const user = await tx.user.create({
    data: { email: input.email, name: input.name, role: input.role },
    select: publicFields,
  });
  if (passwordHash) {
    await tx.authAccount.create({
      data: { userId: user.id, accountId: user.id, providerId: "credential", password: passwordHash },
    });
  }
  await recordAudit(tx, actor, { action: "create", entityType: "user", entityId: user.id, after: user });
  return user;
}

/** Role, name or activation changes. Deactivating ends every session of that person at once. */
export async function updateUser(
  prisma: PrismaClient,
  userId: string,
  changes: UpdateUserBody,
  actor: Actor,
): Promise<PublicUser> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: publicFields });
    await assertKeepsAnActiveAdmin(tx, before, changes);
    const after = await tx.user.update({ where: { id: userId }, data: changes, select: publicFields });
    if (changes.active === false) await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, actor, { action: "update", entityType: "user", entityId: userId, before, after });
    return after;
  });
}

/** Sets (or resets) a password through better-auth's hashing. */
export async function setPassword(prisma: PrismaClient, userId: string, password: string, actor: Actor): Promise<void> {
  const hash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    const existing = await tx.authAccount.findFirst({ where: { userId, providerId: "credential" }, select: { id: true } });
    if (existing) await tx.authAccount.update({ where: { id: existing.id }, data: { password: hash } });
    else await tx.authAccount.create({ data: { userId, accountId: userId, providerId: "credential", password: hash } });
    await recordAudit(tx, actor, { action: "set_password", entityType: "user", entityId: userId });
  });
}

export function listUsers(prisma: PrismaClient): Promise<PublicUser[]> {
  return prisma.user.findMany({ select: publicFields, orderBy: [{ active: "desc" }, { email: "asc" }] });
}
