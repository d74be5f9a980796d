import { Prisma } from "../generated/prisma/client";
import type { UpdateUserBody } from "./schemas";

/** Refused because the team would be left without anyone able to run it. */
export class LastAdminError extends Error {
  constructor() {
    super(
      "This is the last active admin. Make someone else an admin first, then change or deactivate this account.",
    );
    this.name = "LastAdminError";
  }
}

/**
 * Refuses a change that would leave no active admin (a demotion or deactivation of the last one). The active admin
 * rows are locked first, so two admins demoting each other at the same moment cannot both succeed.
 */
export async function assertKeepsAnActiveAdmin(
  tx: Prisma.TransactionClient,
  target: { id: string; role: string; active: boolean },
  changes: UpdateUserBody,
): Promise<void> {
  const losesAdmin = target.role === "admin" && target.active && (changes.active === false || (changes.role !== undefined && changes.role !== "admin"));
  if (!losesAdmin) return;
  const admins = await tx.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT id::text AS id FROM users WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`,
  );
  if (!admins.some((admin) => admin.id !== target.id)) throw new LastAdminError();
}
