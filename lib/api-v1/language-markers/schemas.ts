import { z } from "zod";
import { languageTagSchema } from "../../codes/schemas";
import { isoOut, isoOutNullable, nullableText, requiredText, text, updatedAtLockSchema } from "../fields";
import { listQueryBase } from "../list-query";

/**
 * The controlled vocabulary of language markers ("Russian syntax calque"). Soft-deleted like the other resources:
 * a deleted marker is hidden from lists and refused for new annotations; annotations that use it keep it.
 */
export const languageMarkerSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    category: z.string().nullable(),
    languages: z.array(z.string()).describe("BCP 47 tags"),
    createdAt: isoOut,
    updatedAt: isoOut,
    deletedAt: isoOutNullable,
    annotationCount: z
      .int()
      .min(0)
      .optional()
      .describe("in list answers: live annotations on live items that use this marker (deleted markers keep theirs)"),
  })
  .meta({ id: "LanguageMarker" });
export type LanguageMarkerDto = z.output<typeof languageMarkerSchema>;

export const listLanguageMarkersQuerySchema = z.strictObject({
  ...listQueryBase,
  category: text(120).optional(),
  language: languageTagSchema.optional().describe("markers observed in this language"),
  q: text(200).optional().describe("name or slug contains (case-insensitive)"),
});
export type ListLanguageMarkersQuery = z.output<typeof listLanguageMarkersQuerySchema>;

const slug = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, { error: "must be lower-case letters, digits and hyphens" });

export const createLanguageMarkerBodySchema = z.strictObject({
  slug,
  name: requiredText(200),
  description: nullableText(20_000),
  category: nullableText(120),
  languages: z.array(languageTagSchema).max(50).default([]),
});
export type CreateLanguageMarkerBody = z.output<typeof createLanguageMarkerBodySchema>;

export const updateLanguageMarkerBodySchema = z.strictObject({
  updatedAt: updatedAtLockSchema,
  slug: slug.optional(),
  name: requiredText(200).optional(),
  description: nullableText(20_000),
  category: nullableText(120),
  languages: z.array(languageTagSchema).max(50).optional(),
});
export type UpdateLanguageMarkerBody = z.output<typeof updateLanguageMarkerBodySchema>;
