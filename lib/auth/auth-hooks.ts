import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import { passwordProblem } from "./password-policy";
import { clearSignInFailures, currentSignInLock, lockMessage, recordSignInFailure } from "./sign-in-throttle";

/** better-auth endpoints that set a password from `newPassword`: the same policy as our own forms. */
const PASSWORD_SETTING_PATHS = new Set(["/change-password", "/reset-password", "/set-password"]);

const emailOf = (body: unknown): string | null => {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" && email.trim() ? email.trim().toLowerCase() : null;
};

/**
 * better-auth's before/after hooks: they run for its HTTP endpoints and for the sign-in page alike, so each rule is
 * written once. Sign-in: a locked email is refused before its password is looked at (429 + Retry-After); every
 * refused password counts towards the lock, a right one clears the count. Password changes: the policy, and the
 * person's other sessions end (a stolen session must not outlive the password change that was meant to stop it).
 */
export function authHooks(prisma: PrismaClient) {
  return {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path === "/sign-in/email") {
        const email = emailOf(ctx.body);
        const lock = email ? await currentSignInLock(prisma, email) : null;
        if (lock) {
          throw new APIError(
            "TOO_MANY_REQUESTS",
            { code: "ACCOUNT_LOCKED", message: lockMessage(lock) },
            { "Retry-After": String(lock.retryAfterSeconds) },
          );
        }
        return;
      }
      if (PASSWORD_SETTING_PATHS.has(ctx.path)) {
        const password = (ctx.body as { newPassword?: unknown } | undefined)?.newPassword;
        const problem = typeof password === "string" ? passwordProblem(password) : null;
        if (problem) {
          throw new APIError("UNPROCESSABLE_ENTITY", {
            code: "WEAK_PASSWORD",
            message: `newPassword ${problem}`,
            details: [{ path: "newPassword", message: problem }],
          });
        }
        if (ctx.path === "/change-password") return { context: { body: { ...ctx.body, revokeOtherSessions: true } } };
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path === "/change-password" && !isAPIError(ctx.context.returned) && ctx.context.session) {
        const userId = ctx.context.session.user.id;
        await recordAudit(prisma, { kind: "user", userId }, { action: "set_password", entityType: "user", entityId: userId });
        return;
      }
      if (ctx.path !== "/sign-in/email") return;
      const email = emailOf(ctx.body);
      if (!email) return;
      const returned = ctx.context.returned;
      if (isAPIError(returned)) {
        if (returned.statusCode === 401) await recordSignInFailure(prisma, email);
      } else {
        await clearSignInFailures(prisma, email);
      }
    }),
  };
}
