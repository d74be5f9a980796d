import { z } from "zod";
import { ApiError } from "../../http/errors";
import { queryBoolean } from "../list-query";

/** A malformed id names no row: 404, like an unknown one (no hint about what ids look like is needed). */
export async function idParam(params: Promise<{ id: string }>, label: string): Promise<string> {
  const parsed = z.uuid().safeParse((await params).id);
  if (!parsed.success) throw ApiError.notFound(label);
  return parsed.data;
}

/** GET /…/{id}: admins may ask for a soft-deleted row. */
export const getResourceQuerySchema = z.strictObject({ includeDeleted: queryBoolean.optional() });
