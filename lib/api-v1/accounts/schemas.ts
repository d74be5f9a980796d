import { z } from "zod";
import { isoOut, isoOutNullable, nullableHttpUrl, nullableText, requiredText, text, updatedAtLockSchema } from "../fields";
import { listQueryBase } from "../list-query";

/** Platform accounts or channels that posted or amplified items. (platform, handle) is unique; handles are stored without "@", lower-case. */
export const accountSchema = z
  .object({
    id: z.uuid(),
    platform: z.string(),
    handle: z.string(),
    url: z.string().nullable(),
    displayName: z.string().nullable(),
    label: z.string().nullable(),
    notes: z.string().nullable(),
    createdAt: isoOut,
    updatedAt: isoOut,
    deletedAt: isoOutNullable,
  })
  .meta({ id: "Account" });
export type AccountDto = z.output<typeof accountSchema>;

export const listAccountsQuerySchema = z.strictObject({
  ...listQueryBase,
  platform: text(64).toLowerCase().optional(),
  q: text(200).optional().describe("handle or display name contains (case-insensitive)"),
  label: text(120).optional(),
});
export type ListAccountsQuery = z.output<typeof listAccountsQuerySchema>;

const platform = requiredText(64).toLowerCase();
const handle = requiredText(200);

export const createAccountBodySchema = z.strictObject({
  platform,
  handle,
  url: nullableHttpUrl,
  displayName: nullableText(300),
  label: nullableText(120),
  notes: nullableText(20_000),
});
export type CreateAccountBody = z.output<typeof createAccountBodySchema>;

export const updateAccountBodySchema = z.strictObject({
  updatedAt: updatedAtLockSchema,
  platform: platform.optional(),
  handle: handle.optional(),
  url: nullableHttpUrl,
  displayName: nullableText(300),
  label: nullableText(120),
  notes: nullableText(20_000),
});
export type UpdateAccountBody = z.output<typeof updateAccountBodySchema>;
