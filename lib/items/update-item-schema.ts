import { z } from "zod";
import { countryCodeSchema, languageTagSchema } from "../codes/schemas";
import { ItemKind, Manipulation, Verdict } from "../generated/prisma/enums";

const optionalText = (max: number) =>
  z.string().trim().max(max, { error: `must be at most ${max} characters` }).nullable().transform((v) => v || null);

/**
 * PATCH /api/items/:id — the item's own fields, each optional, with the `version` the editor read (optimistic
 * locking). Links (people, campaigns, markers) are edited where they are shown, not here.
 */
export const updateItemBodySchema = z
  .object({
    version: z.number({ error: "is required: the version you read" }).int().min(1),
    kind: z.enum(ItemKind).optional(),
    title: optionalText(500).optional(),
    text: optionalText(100_000).optional(),
    url: optionalText(2048).optional(),
    platform: optionalText(64).optional(),
    /** A person's list replaces the item's languages (and clears the "detected" mark). */
    languages: z.array(languageTagSchema).max(20).optional(),
    /** The former single field (API clients): null clears, a tag sets a one-element list. */
    language: languageTagSchema.nullable().optional(),
    publishedAt: z.coerce.date({ error: "must be an ISO 8601 date or date-time" }).nullable().optional(),
    verdict: z.enum(Verdict).optional(),
    manipulations: z.array(z.enum(Manipulation)).max(20).optional(),
    targetCountries: z.array(countryCodeSchema).max(250).optional(),
    archiveUrl: optionalText(2048)
      .refine((v) => v === null || /^https?:\/\/\S+$/i.test(v), { error: "must be an http(s) URL" })
      .optional(),
    notes: optionalText(20_000).optional(),
  })
  .strict()
  .transform(({ language, ...body }) =>
    language === undefined || body.languages !== undefined ? body : { ...body, languages: language === null ? [] : [language] },
  );

export type UpdateItemBody = z.infer<typeof updateItemBodySchema>;
export type UpdateItemInput = z.input<typeof updateItemBodySchema>;
