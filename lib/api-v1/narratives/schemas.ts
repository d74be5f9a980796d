import { z } from "zod";
import { languageTagSchema } from "../../codes/schemas";
import { isoOut, isoOutNullable, nullableText, requiredText, text, updatedAtLockSchema } from "../fields";
import { listQueryBase } from "../list-query";

/** A claim or storyline that items push (ClaimReview's claimReviewed). Titles are unique. */
export const narrativeSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    claim: z.string().nullable(),
    language: z.string().nullable().describe("BCP 47"),
    createdAt: isoOut,
    updatedAt: isoOut,
    deletedAt: isoOutNullable,
  })
  .meta({ id: "Narrative" });
export type NarrativeDto = z.output<typeof narrativeSchema>;

export const listNarrativesQuerySchema = z.strictObject({
  ...listQueryBase,
  q: text(200).optional().describe("title or claim contains (case-insensitive)"),
  language: languageTagSchema.optional().describe("BCP 47 tag, e.g. pl or pt-BR"),
});
export type ListNarrativesQuery = z.output<typeof listNarrativesQuerySchema>;

export const createNarrativeBodySchema = z.strictObject({
  title: requiredText(500),
  claim: nullableText(20_000),
  language: languageTagSchema.nullable().optional(),
});
export type CreateNarrativeBody = z.output<typeof createNarrativeBodySchema>;

export const updateNarrativeBodySchema = z.strictObject({
  updatedAt: updatedAtLockSchema,
  title: requiredText(500).optional(),
  claim: nullableText(20_000),
  language: languageTagSchema.nullable().optional(),
});
export type UpdateNarrativeBody = z.output<typeof updateNarrativeBodySchema>;
