import { z } from "zod";
import { allows, type Principal } from "../auth/principal";
import { ApiError } from "../http/errors";

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

/** `true`/`false` in a query string; anything else is refused rather than read as truthy. */
export const queryBoolean = z.enum(["true", "false"], { error: "must be true or false" }).transform((v) => v === "true");

export const queryDate = z.iso
  .datetime({ offset: true, error: "must be an ISO 8601 date-time (e.g. 2025-02-01T00:00:00Z)" })
  .or(z.iso.date({ error: "must be an ISO 8601 date (e.g. 2025-02-01)" }))
  .transform((value) => new Date(value));

/** What every list endpoint takes besides its own filters. */
export const listQueryBase = {
  limit: z.coerce
    .number({ error: `must be a whole number from 1 to ${MAX_PAGE_SIZE}` })
    .int({ error: `must be a whole number from 1 to ${MAX_PAGE_SIZE}` })
    .min(1, { error: `must be at least 1` })
    .max(MAX_PAGE_SIZE, { error: `must be at most ${MAX_PAGE_SIZE}` })
    .default(DEFAULT_PAGE_SIZE),
  cursor: z.string().max(500).optional().describe("nextCursor from the previous page; omit for the first page"),
  includeDeleted: queryBoolean.optional().describe("admins only: include soft-deleted rows"),
};

/** Soft-deleted rows are moderation material: only callers who may moderate see them. */
export function deletedFilter(includeDeleted: boolean | undefined, principal: Principal): { deletedAt?: null } {
  if (!includeDeleted) return { deletedAt: null };
  if (!allows(principal, "moderate")) {
    throw new ApiError(403, "forbidden", "Not allowed: only admins (with a write-scope token or a session) may list deleted rows", [
      { path: "includeDeleted", message: "needs the moderate permission" },
    ]);
  }
  return {};
}
