import { Prisma, type PrismaClient } from "../generated/prisma/client";

/**
 * Fixed-window request counting in PostgreSQL, so every app instance shares one count per caller: a single
 * INSERT … ON CONFLICT DO UPDATE … RETURNING is atomic under concurrency without a lock or a read first.
 */
export const DEFAULT_RATE_LIMIT = 120;
export const RATE_WINDOW_MS = 60_000;

/** Requests per minute from SIGHTLINE_API_RATE_LIMIT (a positive integer), else the default. */
export function rateLimitFromEnv(env: Record<string, string | undefined> = process.env): number {
  const raw = env.SIGHTLINE_API_RATE_LIMIT?.trim();
  if (!raw) return DEFAULT_RATE_LIMIT;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    console.warn(`SIGHTLINE_API_RATE_LIMIT="${raw}" is not a positive integer; using ${DEFAULT_RATE_LIMIT}/minute`);
    return DEFAULT_RATE_LIMIT;
  }
  return value;
}

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window resets (also the Retry-After when over the limit). */
  resetSeconds: number;
  allowed: boolean;
}

export async function hitRateLimit(
  prisma: PrismaClient,
  key: string,
  limit: number,
  now: Date = new Date(),
  windowMs: number = RATE_WINDOW_MS,
): Promise<RateLimitState> {
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [{ count }] = await prisma.$queryRaw<{ count: number }[]>(Prisma.sql`
    INSERT INTO rate_limit_windows (key, window_start, count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_windows.count + 1
    RETURNING count`);
  // The first hit of a window clears this caller's earlier windows: the table stays one row per active caller.
  if (count === 1) {
    await prisma.$executeRaw(Prisma.sql`DELETE FROM rate_limit_windows WHERE key = ${key} AND window_start < ${windowStart}`);
  }
  const resetSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { limit, remaining: Math.max(0, limit - count), resetSeconds, allowed: count <= limit };
}

export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  const headers: Record<string, string> = {
    "RateLimit-Limit": String(state.limit),
    "RateLimit-Remaining": String(state.remaining),
    "RateLimit-Reset": String(state.resetSeconds),
  };
  if (!state.allowed) headers["Retry-After"] = String(state.resetSeconds);
  return headers;
}

export function principalKeyOf(principal: { via: "session" | "token"; tokenId?: string; userId: string }): string {
  return principal.via === "token" && principal.tokenId ? `token:${principal.tokenId}` : `user:${principal.userId}`;
}
