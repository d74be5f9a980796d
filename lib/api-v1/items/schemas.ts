import { z } from "zod";
import { countryCodeSchema, languageTagSchema, platformCodeSchema } from "../../codes/schemas";
import { ItemKind, Manipulation, Verdict } from "../../generated/prisma/enums";
import { updateItemBodySchema as itemEditSchema } from "../../items/update-item-schema";
import { httpUrlSchema, isoOut, isoOutNullable } from "../fields";
import { apiIngestBodySchema } from "../ingest-body";
import { listQueryBase, queryDate } from "../list-query";
import { campaignSlugSchema } from "../campaigns/schemas";

/** One piece of reported content (STIX observed-data). Derived: firstSeenAt, lastSeenAt, sightingCount. */
export const itemSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(ItemKind),
    title: z.string().nullable(),
    text: z.string().nullable(),
    originalUrl: z.string().nullable(),
    canonicalUrl: z.string().nullable(),
    platform: z.string().nullable().describe("a code of the platform vocabulary; \"other\" keeps the name given in platformRaw"),
    platformRaw: z.string().nullable().describe("the platform name as given, when it is not in the vocabulary"),
    languages: z.array(z.string()).describe("BCP 47 tags, the main language first"),
    languagesDetected: z.boolean().describe("true when the languages are the detector's guess, not given by a person or a source"),
    language: z.string().nullable().describe("BCP 47: the main language (the first of languages); kept for older clients"),
    publishedAt: isoOutNullable,
    verdict: z.enum(Verdict),
    manipulations: z.array(z.enum(Manipulation)),
    targetCountries: z.array(z.string()).describe("ISO 3166-1 alpha-2"),
    fileSha256: z.string().nullable(),
    archiveUrl: z.string().nullable(),
    notes: z.string().nullable(),
    firstSeenAt: isoOutNullable,
    lastSeenAt: isoOutNullable,
    sightingCount: z.number().int(),
    createdById: z.uuid().nullable(),
    version: z.number().int(),
    createdAt: isoOut,
    updatedAt: isoOut,
    deletedAt: isoOutNullable,
  })
  .meta({ id: "Item" });
export type ItemDto = z.output<typeof itemSchema>;

export const listItemsQuerySchema = z.strictObject({
  ...listQueryBase,
  kind: z.enum(ItemKind).optional(),
  verdict: z.enum(Verdict).optional(),
  platform: platformCodeSchema.optional().describe("a platform code or alias (twitter → x)"),
  language: languageTagSchema.optional().describe("BCP 47 tag, e.g. pl or pt-BR: items that have it among their languages"),
  country: countryCodeSchema.optional().describe("targets this country"),
  campaign: campaignSlugSchema.optional().describe("linked to this campaign (suggested or confirmed)"),
  updatedSince: queryDate.optional(),
});
export type ListItemsQuery = z.output<typeof listItemsQuerySchema>;

/** An item is created with its first sighting, through the one ingest path. */
export const createItemBodySchema = apiIngestBodySchema.refine((body) => body.item !== undefined && body.itemId === undefined, {
  error: "is required: POST /items creates new content with its first sighting (add a sighting of a known item with POST /sightings)",
  path: ["item"],
});

/**
 * PATCH: the item page's edit schema (lib/items/update-item-schema.ts), with the `version` read, plus the API's
 * link rule: an archive URL is stored as a link, so it must be http(s).
 */
export const updateItemBodySchema = itemEditSchema.superRefine((body, ctx) => {
  if (body.archiveUrl && !httpUrlSchema.safeParse(body.archiveUrl).success) {
    ctx.addIssue({ code: "custom", path: ["archiveUrl"], message: "must be an absolute http(s) URL" });
  }
});
