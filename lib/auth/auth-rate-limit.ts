import type { BetterAuthOptions } from "better-auth";
import type { PrismaClient } from "../generated/prisma/client";
import { hitRateLimit } from "../api-v1/rate-limit";
import { CLIENT_ADDRESS_CHAIN_HEADER, trustedProxiesFromEnv } from "./client-address";

/** Sign-in attempts per client address per minute (any accounts); the per-account lock is sign-in-throttle.ts. */
export const DEFAULT_SIGN_IN_ATTEMPTS_PER_ADDRESS = 20;

/** SIGHTLINE_SIGN_IN_RATE_LIMIT (a positive integer), else the default. */
export function signInAttemptsPerAddress(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.SIGHTLINE_SIGN_IN_RATE_LIMIT?.trim() || NaN);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_SIGN_IN_ATTEMPTS_PER_ADDRESS;
}

/**
 * better-auth's own limiter, on in every environment (its default is production only), counting in the database
 * table the API's limiter uses (lib/api-v1/rate-limit.ts) so every app instance shares the counts and no extra
 * better-auth table is needed. Keyed on the address worked out in client-address.ts, never on a bare
 * client-supplied X-Forwarded-For.
 */
export function authRateLimitOptions(prisma: PrismaClient): Pick<BetterAuthOptions, "rateLimit" | "advanced"> {
  return {
    rateLimit: {
      enabled: true,
      window: 60,
      max: 300,
      customRules: {
        "/sign-in/email": { window: 60, max: signInAttemptsPerAddress() },
        "/change-password": { window: 60, max: 10 },
      },
      customStorage: {
        async consume(key, rule) {
          const state = await hitRateLimit(prisma, `auth:${key}`, rule.max, new Date(), rule.window * 1000);
          return { allowed: state.allowed, retryAfter: state.allowed ? null : state.resetSeconds };
        },
      },
    },
    advanced: {
      database: { generateId: "uuid" },
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_CHAIN_HEADER], trustedProxies: trustedProxiesFromEnv() },
    },
  };
}
