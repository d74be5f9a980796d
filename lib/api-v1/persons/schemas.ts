import { z } from "zod";
import { countryCodeSchema } from "../../codes/schemas";
import { idSchema, isoOut, isoOutNullable, nullableHttpUrl, nullableText, requiredText, text, updatedAtLockSchema } from "../fields";
import { listQueryBase } from "../list-query";

/** Real people who are impersonated, targeted or mentioned (STIX identity, individual). */
export const personSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    aliases: z.array(z.string()),
    description: z.string().nullable(),
    affiliationId: z.uuid().nullable(),
    country: z.string().nullable().describe("ISO 3166-1 alpha-2"),
    wikidataId: z.string().nullable(),
    url: z.string().nullable(),
    createdAt: isoOut,
    updatedAt: isoOut,
    deletedAt: isoOutNullable,
  })
  .meta({ id: "Person" });
export type PersonDto = z.output<typeof personSchema>;

export const listPersonsQuerySchema = z.strictObject({
  ...listQueryBase,
  q: text(200).optional().describe("name or alias contains (case-insensitive)"),
  country: countryCodeSchema.optional().describe("ISO 3166-1 alpha-2 code, e.g. PL"),
});
export type ListPersonsQuery = z.output<typeof listPersonsQuerySchema>;

const fields = {
  aliases: z.array(requiredText(300)).max(50),
  description: nullableText(20_000),
  affiliationId: idSchema.nullable(),
  country: countryCodeSchema.nullable(),
  wikidataId: z.string().trim().regex(/^Q[1-9][0-9]*$/, { error: "must be a Wikidata id such as Q42" }).nullable(),
  url: nullableHttpUrl,
};

export const createPersonBodySchema = z.strictObject({
  name: requiredText(300),
  aliases: fields.aliases.default([]),
  description: fields.description,
  affiliationId: fields.affiliationId.optional(),
  country: fields.country.optional(),
  wikidataId: fields.wikidataId.optional(),
  url: fields.url,
});
export type CreatePersonBody = z.output<typeof createPersonBodySchema>;

export const updatePersonBodySchema = z.strictObject({
  updatedAt: updatedAtLockSchema,
  name: requiredText(300).optional(),
  aliases: fields.aliases.optional(),
  description: fields.description,
  affiliationId: fields.affiliationId.optional(),
  country: fields.country.optional(),
  wikidataId: fields.wikidataId.optional(),
  url: fields.url,
});
export type UpdatePersonBody = z.output<typeof updatePersonBodySchema>;
