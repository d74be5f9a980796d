import { z } from "zod";
import { countryCodeSchema } from "../codes/schemas";
import { CampaignStatus, SourceKind } from "../generated/prisma/enums";
import { httpUrlSchema, idSchema, isoOut, isoOutNullable, nullableText, requiredText, text, versionSchema } from "../api-v1/fields";
import { listQueryBase, queryDate } from "../api-v1/list-query";

/**
 * Campaign schemas: one set for the REST API (/api/v1/campaigns) and the app's own routes (/api/campaigns), so a
 * campaign is validated the same way whichever door it comes through.
 */
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
    techniques: z.array(z.string()).describe("DISARM technique ids"),
    sourceIds: z.array(z.uuid()).describe("sources (reports, articles) that document the campaign"),
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

/** A source cited for the campaign: matched to a known one by URL (or by title when it has none), else created. */
export const campaignSourceInputSchema = z.strictObject({
  title: requiredText(500),
  url: httpUrlSchema.nullable().optional().transform((v) => v || null),
  publisher: nullableText(300),
  kind: z.enum(SourceKind).default("article"),
});
export type CampaignSourceInput = z.output<typeof campaignSourceInputSchema>;

/** A threat actor to create on the fly (the editor's "pick or create"): an existing one of that name is reused. */
export const newThreatActorSchema = z.strictObject({
  name: requiredText(200),
  country: countryCodeSchema.nullable().optional(),
});

const techniqueIdSchema = z.string().trim().max(20, { error: "must be at most 20 characters" });

const fields = {
  aliases: z.array(requiredText(300)).max(50),
  status: z.enum(CampaignStatus),
  threatActorId: idSchema.nullable(),
  newThreatActor: newThreatActorSchema.describe("create (or reuse by name) the attributed threat actor instead of giving threatActorId"),
  originCountry: countryCodeSchema.nullable(),
  targetCountries: z.array(countryCodeSchema).max(250),
  techniques: z.array(techniqueIdSchema).max(100).describe("DISARM technique ids, e.g. T0087.001"),
  sources: z.array(campaignSourceInputSchema).max(100),
};

export const createCampaignBodySchema = z.strictObject({
  name: requiredText(200),
  slug: campaignSlugSchema.optional().describe("derived from the name when omitted"),
  aliases: fields.aliases.default([]),
  description: nullableText(50_000),
  status: fields.status.default("active"),
  threatActorId: fields.threatActorId.optional(),
  newThreatActor: fields.newThreatActor.optional(),
  originCountry: fields.originCountry.optional(),
  targetCountries: fields.targetCountries.default([]),
  techniques: fields.techniques.default([]),
  sources: fields.sources.default([]),
});
export type CreateCampaignBody = z.output<typeof createCampaignBodySchema>;
export type CreateCampaignInput = z.input<typeof createCampaignBodySchema>;

export const updateCampaignBodySchema = z.strictObject({
  version: versionSchema,
  name: requiredText(200).optional(),
  slug: campaignSlugSchema.optional(),
  aliases: fields.aliases.optional(),
  description: nullableText(50_000),
  status: fields.status.optional(),
  threatActorId: fields.threatActorId.optional(),
  newThreatActor: fields.newThreatActor.optional(),
  originCountry: fields.originCountry.optional(),
  targetCountries: fields.targetCountries.optional(),
  techniques: fields.techniques.optional(),
  sources: fields.sources.optional(),
});
export type UpdateCampaignBody = z.output<typeof updateCampaignBodySchema>;
export type UpdateCampaignInput = z.input<typeof updateCampaignBodySchema>;

/** POST /api/campaigns/:id/merge — fold this campaign (at `version`) into `into` (id or slug), which survives. */
export const mergeCampaignBodySchema = z.strictObject({
  version: versionSchema,
  into: requiredText(100).describe("the surviving campaign's id or slug"),
});
export type MergeCampaignBody = z.output<typeof mergeCampaignBodySchema>;

/** POST /api/campaigns/:id/split — move `itemIds` out of this campaign (at `version`) into a new one called `name`. */
export const splitCampaignBodySchema = z.strictObject({
  version: versionSchema,
  itemIds: z.array(idSchema).min(1, { error: "choose at least one item to split off" }).max(10_000),
  name: requiredText(200),
  description: nullableText(50_000),
});
export type SplitCampaignBody = z.output<typeof splitCampaignBodySchema>;
