import "server-only";
import type { Principal } from "../../auth/principal";
import type { Permission } from "../../auth/permissions";
import type { PrismaClient } from "../../generated/prisma/client";
import { authorise } from "../../http/authorise";
import { ApiError, handleApiError } from "../../http/errors";
import { guardRequest } from "../../http/guard-request";
import { getDatabase } from "../../db";
import { hitRateLimit, principalKeyOf, rateLimitFromEnv, rateLimitHeaders } from "../rate-limit";

export interface V1Context<P> {
  request: Request;
  principal: Principal;
  prisma: PrismaClient;
  params: Promise<P>;
}

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * Every /api/v1 handler: authorise (session or Bearer token, role and scope) → count the request against the
 * caller's rate limit → run → JSON. Rate-limit headers go on every answer after authentication, errors included;
 * anything thrown becomes the one error shape.
 */
export function v1Route<P = Record<string, never>>(permission: Permission, handler: (context: V1Context<P>) => Promise<unknown>) {
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    let headers: Record<string, string> = { ...NO_STORE };
    try {
      guardRequest(request);
      const principal = await authorise(request, permission);
      const prisma = getDatabase().prisma;
      const limit = await hitRateLimit(prisma, principalKeyOf(principal), rateLimitFromEnv());
      headers = { ...headers, ...rateLimitHeaders(limit) };
      if (!limit.allowed) {
        throw new ApiError(429, "rate_limited", `Too many requests: at most ${limit.limit} a minute. Retry after ${limit.resetSeconds} s.`);
      }
      const result = await handler({ request, principal, prisma, params });
      if (!(result instanceof Response)) return Response.json(result, { headers });
      for (const [name, value] of Object.entries(headers)) result.headers.set(name, value);
      return result;
    } catch (error) {
      const mapped = handleApiError(error);
      return Response.json(mapped.body, { status: mapped.status, headers: { ...headers, ...mapped.headers } });
    }
  };
}
