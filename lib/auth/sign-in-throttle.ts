import { Prisma, type PrismaClient } from "../generated/prisma/client";

/**
 * Per-account back-off for password guessing, kept in the database so it holds across app instances and whatever
 * address the guesses come from. Failures are counted per email whether or not such an account exists: a lockout
 * that only real accounts get would tell an attacker which emails are real.
 */
export const SIGN_IN_FAILURE_LIMIT = 10;
/** The first lock; each further failure once locked doubles it, up to the cap. */
export const FIRST_LOCK_MS = 15 * 60_000;
const MAX_LOCK_MS = 24 * 60 * 60_000;
/** A day without failures starts the count afresh. */
const FAILURE_MEMORY_MS = 24 * 60 * 60_000;

export interface SignInLock {
  lockedUntil: Date;
  retryAfterSeconds: number;
}

/** The lock on this email now, if any. */
export async function currentSignInLock(prisma: PrismaClient, email: string, now = new Date()): Promise<SignInLock | null> {
  const row = await prisma.signInThrottle.findUnique({ where: { email }, select: { lockedUntil: true } });
  if (!row?.lockedUntil || row.lockedUntil <= now) return null;
  return { lockedUntil: row.lockedUntil, retryAfterSeconds: Math.max(1, Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000)) };
}

/**
 * Counts one failure in a single atomic upsert (concurrent guesses each count) and, from the limit on, locks the
 * email for FIRST_LOCK_MS × 2^(failures − limit), capped at a day.
 */
export async function recordSignInFailure(prisma: PrismaClient, email: string, now = new Date()): Promise<SignInLock | null> {
  const forgetBefore = new Date(now.getTime() - FAILURE_MEMORY_MS);
  const [row] = await prisma.$queryRaw<{ failures: number }[]>(Prisma.sql`
    INSERT INTO sign_in_throttles AS t (email, failures, last_failure_at) VALUES (${email}, 1, ${now})
    ON CONFLICT (email) DO UPDATE SET
      failures = CASE WHEN t.last_failure_at < ${forgetBefore} THEN 1 ELSE t.failures + 1 END,
      last_failure_at = ${now}
    RETURNING failures`);
  if (row.failures < SIGN_IN_FAILURE_LIMIT) return null;
  const lockMs = Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** Math.min(row.failures - SIGN_IN_FAILURE_LIMIT, 16));
  const lockedUntil = new Date(now.getTime() + lockMs);
  await prisma.signInThrottle.update({ where: { email }, data: { lockedUntil } });
  return { lockedUntil, retryAfterSeconds: Math.ceil(lockMs / 1000) };
}

/** A right password (outside a lock) clears the count. */
export async function clearSignInFailures(prisma: PrismaClient, email: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { email } });
}

export function lockMessage(lock: SignInLock): string {
  const minutes = Math.ceil(lock.retryAfterSeconds / 60);
  return `Too many failed sign-ins for this account. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
