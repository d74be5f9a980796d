import { z } from "zod";

/**
 * Field schemas shared by the v1 resources. Inputs are strict about codes and URLs (only http(s) URLs are ever
 * stored as links, so `javascript:` and `data:` never reach a page); outputs describe the JSON the API sends.
 */
export const idSchema = z.uuid({ error: "must be a UUID" });

export const text = (max: number) => z.string().trim().max(max, { error: `must be at most ${max} characters` });
export const requiredText = (max: number) => text(max).min(1, { error: "is required" });
/** Optional text where "" and null clear the value. */
export const nullableText = (max: number) =>
  text(max)
    .nullable()
    .optional()
    .transform((v) => (v === undefined ? undefined : v || null));

export const httpUrlSchema = z
  .string()
  .trim()
  .max(2048, { error: "must be at most 2048 characters" })
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, { error: "must be an absolute http(s) URL" });

export const nullableHttpUrl = httpUrlSchema.nullable().optional();

export const versionSchema = z.number({ error: "is required: the version you read (optimistic locking)" }).int().min(1);
export const updatedAtLockSchema = z.iso
  .datetime({ offset: true, error: "is required: the updatedAt you read (optimistic locking)" })
  .transform((value) => new Date(value));

/** Output shapes (what the API sends): ISO date-times as strings. */
export const isoOut = z.iso.datetime();
export const isoOutNullable = isoOut.nullable();

export const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);
export const isoRequired = (date: Date): string => date.toISOString();
/** Reach counts are BIGINT in the database; JSON numbers are exact up to 2^53, far above any view count. */
export const num = (value: bigint | null): number | null => (value === null ? null : Number(value));

/** Wraps a resource schema in the list envelope. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    nextCursor: z.string().nullable().describe("pass as `cursor` to get the next page; null on the last page"),
  });
}

export function dataSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: item });
}
