import { z } from "zod";
import { countryCodeSchema } from "../../codes/schemas";
import { CampaignStatus } from "../../generated/prisma/enums";
import { idSchema, isoOut, isoOutNullable, nullableText, requiredText, text, versionSchema } from "../fields";
import { listQueryBase, queryDate } from "../list-query";

/** A coordinated operation (STIX campaign). firstSeenAt/lastSeenAt are derived from its confirmed items' sightings. */
export const campaignSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    description: z.string().nullable(),
    status: z.enum(CampaignStatus),
    threatActorId: z.uuid().nullable(),
    originCountry: z.string().nullable(),
    targetCountries: z.array(z.string()),
    firstSeenAt: isoOutNullable,
    lastSeenAt: isoOutNullable,
    version: z.number().int(),
    createdAt: isoOut,
    updatedAt: isoOut,
    deletedAt: isoOutNullable,
  })
  .meta({ id: "Campaign" });
export type CampaignDto = z.output<typeof campaignSchema>;

export const listCampaignsQuerySchema = z.strictObject({
  ...listQueryBase,
  q: text(200).optional().describe("name contains (case-insensitive) or equals an alias"),
  status: z.enum(CampaignStatus).optional(),
  country: countryCodeSchema.optional().describe("targets this country"),
  originCountry: countryCodeSchema.optional().describe("ISO 3166-1 alpha-2 code, e.g. PL"),
  updatedSince: queryDate.optional(),
});
export type ListCampaignsQuery = z.output<typeof listCampaignsQuerySchema>;

export const campaignSlugSchema = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, { error: "must be lower-case letters, digits and hyphens" });

const fields = {
  aliases: z.array(requiredText(300)).max(50),
  status: z.enum(CampaignStatus),
  threatActorId: idSchema.nullable(),
  originCountry: countryCodeSchema.nullable(),
  targetCountries: z.array(countryCodeSchema).max(250),
};

export const createCampaignBodySchema = z.strictObject({
  name: requiredText(200),
  slug: campaignSlugSchema.optional().describe("derived from the name when omitted"),
  aliases: fields.aliases.default([]),
  description: nullableText(50_000),
  status: fields.status.default("active"),
  threatActorId: fields.threatActorId.optional(),
  originCountry: fields.originCountry.optional(),
  targetCountries: fields.targetCountries.default([]),
});
export type CreateCampaignBody = z.output<typeof createCampaignBodySchema>;

export const updateCampaignBodySchema = z.strictObject({
  version: versionSchema,
  name: requiredText(200).optional(),
  slug: campaignSlugSchema.optional(),
  aliases: fields.aliases.optional(),
  description: nullableText(50_000),
  status: fields.status.optional(),
  threatActorId: fields.threatActorId.optional(),
  originCountry: fields.originCountry.optional(),
  targetCountries: fields.targetCountries.optional(),
});
export type UpdateCampaignBody = z.output<typeof updateCampaignBodySchema>;
