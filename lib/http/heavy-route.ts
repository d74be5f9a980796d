import "server-only";
import { connection } from "next/server";
import type { Principal } from "../auth/principal";
import type { Permission } from "../auth/permissions";
import { getDatabase } from "../db";
import { ExportsBusyError } from "../exports/export-limits";
import { authorise } from "./authorise";
import { withFairShare, type HeavyWork } from "./fair-share";
import { apiRoute } from "./route";

/**
 * apiRoute for the heavy internal endpoints (graph, analytics, exports): authorise, then run the handler within the
 * caller's fair share (lib/http/fair-share.ts), which answers 429 + Retry-After when one person asks for too much.
 */
export function heavyRoute<C = unknown>(
  kind: HeavyWork,
  permission: Permission,
  handler: (request: Request, principal: Principal, context: C) => Promise<unknown>,
) {
  return apiRoute<C>(async (request, context) => {
    await connection();
    const principal = await authorise(request, permission);
    try {
      return await withFairShare(getDatabase().prisma, principal.userId, kind, () => handler(request, principal, context));
    } catch (error) {
      // Busy, not broken: the one error shape, with the Retry-After the route wrapper cannot add.
      if (error instanceof ExportsBusyError) {
        return Response.json(
          { error: { code: error.code, message: error.message } },
          { status: 503, headers: { "Retry-After": String(error.retryAfterSeconds), "Cache-Control": "no-store" } },
        );
      }
      throw error;
    }
  });
}
