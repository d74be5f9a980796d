import { z } from "zod";
import { decodeAuditCursor } from "./audit-cursor";

const optionalText = (max: number) => z.string().trim().min(1).max(max).optional();

/** GET /api/admin/audit — every filter optional; `actor` is a user id or "system"; dates are UTC days, inclusive. */
export const listAuditQuerySchema = z
  .object({
    actor: z.union([z.literal("system"), z.uuid({ message: "must be a user id or system" })]).optional(),
    action: optionalText(64),
    entityType: optionalText(64),
    entityId: optionalText(200),
    from: z.iso.date({ message: "must be a date (YYYY-MM-DD)" }).optional(),
    to: z.iso.date({ message: "must be a date (YYYY-MM-DD)" }).optional(),
    cursor: z
      .string()
      .max(200)
      .refine((value) => decodeAuditCursor(value) !== null, "is not a cursor this API gave out")
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "must not be before from" });

export type ListAuditQuery = z.infer<typeof listAuditQuerySchema>;
/** The filters without paging: the query key of an audit list. */
export type AuditFilters = Omit<ListAuditQuery, "cursor" | "limit">;
