import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { BASE_ERROR_CODES } from "better-auth";
import { nextCookies } from "better-auth/next-js";
import type { PrismaClient } from "../generated/prisma/client";
import { authHooks } from "./auth-hooks";
import { authRateLimitOptions } from "./auth-rate-limit";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-policy";
import { resolveAuthSecret } from "./secret";

/**
 * better-auth over our Prisma client: email + password, database sessions, no self sign-up (admins create and
 * invite people). Its "account" model is our AuthAccount, because Account is the domain's platform account.
 */
export function createAuth(prisma: PrismaClient, options: { baseURL?: string; secret?: string } = {}) {
  return betterAuth({
    appName: "Sightline",
    // A fixed public URL when deployed (BETTER_AUTH_URL); otherwise the request's own host, if it is one we serve
    // (sign-in forms post to the host they were loaded from, and origin checks compare against it).
    // A request from any other host falls back to the local URL, so its origin checks fail (4xx), never a 500.
    baseURL:
      options.baseURL ??
      (process.env.BETTER_AUTH_URL?.trim() || {
        allowedHosts: allowedHosts(),
        protocol: "auto",
        fallback: `http://localhost:${process.env.PORT ?? 3000}`,
      }),
    secret: options.secret ?? resolveAuthSecret(),
    database: prismaAdapter(prisma, { provider: "postgresql", transaction: true }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    user: {
      additionalFields: {
        role: { type: "string", input: false, required: false },
        active: { type: "boolean", input: false, required: false },
      },
    },
    account: { modelName: "authAccount" },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
      // No cookie cache: a deactivation or role change must take effect on the very next request.
      cookieCache: { enabled: false },
    },
    ...authRateLimitOptions(prisma),
    hooks: authHooks(prisma),
    databaseHooks: {
      session: {
        create: {
          // A deactivated person cannot start a session, whatever their password; they hear what a wrong password
          // hears, so sign-in never tells whether an account exists or is deactivated.
          // A password change replaces the session inside better-auth's transaction: the person is signed in and
          // active already, and a query outside that transaction would wait on it (PGlite has one connection).
          before: async (session, ctx) => {
            if (ctx?.path === "/change-password") return;
            const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { active: true } });
            if (!user?.active) throw APIError.from("UNAUTHORIZED", BASE_ERROR_CODES.INVALID_EMAIL_OR_PASSWORD);
          },
          after: async (session, ctx) => {
            if (ctx?.path === "/change-password") return; // not a sign-in; auth-hooks.ts records the change
            await prisma.$transaction([
              prisma.user.update({ where: { id: session.userId }, data: { lastLoginAt: new Date() } }),
              prisma.auditEvent.create({
                data: { actorId: session.userId, action: "sign_in", entityType: "user", entityId: session.userId },
              }),
            ]);
          },
        },
      },
    },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** Hosts this instance answers for when BETTER_AUTH_URL is not set: local ones, plus SIGHTLINE_ALLOWED_HOSTS. */
function allowedHosts(): string[] {
  const extra = (process.env.SIGHTLINE_ALLOWED_HOSTS ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  return ["localhost:*", "127.0.0.1:*", "[::1]:*", "localhost", "127.0.0.1", ...extra];
}
