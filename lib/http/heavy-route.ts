import "server-only";
import { connection } from "next/server";
import type { Principal } from "../auth/principal";
import type { Permission } from "../auth/permissions";
import { getDatabase } from "../db";
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
    return withFairShare(getDatabase().prisma, principal.userId, kind, () => handler(request, principal, context));
  });
}
