import { z } from "zod";
import { ApiError } from "../http/errors";

/**
 * Keyset pagination over (created_at DESC, id DESC): stable under inserts (new rows land before the first page,
 * never shift later pages) and exact under ties on created_at because id breaks them. The cursor is opaque
 * base64url JSON of the last row's key so clients cannot come to depend on its inside.
 */
export interface CursorKey {
  createdAt: Date;
  id: string;
}

const cursorPayload = z.strictObject({ t: z.iso.datetime(), i: z.uuid() });

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify({ t: key.createdAt.toISOString(), i: key.id }), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): CursorKey {
  try {
    const payload = cursorPayload.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return { createdAt: new Date(payload.t), id: payload.i };
  } catch {
    throw new ApiError(422, "invalid_request", "Invalid cursor: pass back the nextCursor of a previous page unchanged", [
      { path: "cursor", message: "is not a cursor this API issued" },
    ]);
  }
}

/** The Prisma condition "after this cursor" in (createdAt DESC, id DESC) order; any model with both columns. */
export function afterCursor(cursor: string | undefined) {
  if (!cursor) return {};
  const { createdAt, id } = decodeCursor(cursor);
  return { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] };
}

export const CURSOR_ORDER = [{ createdAt: "desc" as const }, { id: "desc" as const }];

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** Rows were fetched with `take: limit + 1`: the extra row only says whether another page exists. */
export function toPage<Row extends CursorKey, T>(rows: Row[], limit: number, map: (row: Row) => T): Page<T> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return { data: pageRows.map(map), nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}
