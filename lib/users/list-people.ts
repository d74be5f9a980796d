import type { PrismaClient } from "../generated/prisma/client";
import type { Role } from "../auth/permissions";

/** A row of the admin's People list: the public fields, and whether the person can sign in yet. */
export interface PersonRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  hasPassword: boolean;
  /** When their open invitation link expires; null when none is open. */
  invitationExpiresAt: string | null;
}

export interface PeopleList {
  people: PersonRow[];
}

/** A team is tens or hundreds of people: one page, active people first, then by name. */
export async function listPeople(prisma: PrismaClient): Promise<PeopleList> {
  const [users, invitations] = await Promise.all([
    prisma.user.findMany({
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        active: true,
        lastLoginAt: true,
        createdAt: true,
        authAccounts: { where: { providerId: "credential", password: { not: null } }, select: { id: true }, take: 1 },
      },
      orderBy: [{ active: "desc" }, { name: "asc" }, { email: "asc" }],
    }),
    prisma.verification.findMany({ where: { identifier: { startsWith: "invite:" } }, select: { identifier: true, expiresAt: true } }),
  ]);
  const invitationOf = new Map(invitations.map((v) => [v.identifier.slice("invite:".length), v.expiresAt]));
  return {
    people: users.map(({ authAccounts, lastLoginAt, createdAt, ...user }) => ({
      ...user,
      lastLoginAt: lastLoginAt?.toISOString() ?? null,
      createdAt: createdAt.toISOString(),
      hasPassword: authAccounts.length > 0,
      invitationExpiresAt: invitationOf.get(user.id)?.toISOString() ?? null,
    })),
  };
}
