import { z } from "zod";
import { countryCodeSchema, languageTagSchema } from "../../codes/schemas";
import { ItemKind, Manipulation, Verdict } from "../../generated/prisma/enums";
import { isoOut, isoOutNullable, nullableHttpUrl, nullableText, text, versionSchema } from "../fields";
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
    platform: z.string().nullable(),
    language: z.string().nullable().describe("BCP 47"),
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
  platform: text(64).optional(),
  language: languageTagSchema.optional().describe("BCP 47 tag, e.g. pl or pt-BR"),
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

export const updateItemBodySchema = z.strictObject({
  version: versionSchema,
  kind: z.enum(ItemKind).optional(),
  title: nullableText(500),
  text: nullableText(100_000),
  url: nullableText(2048).describe("re-canonicalised; must stay unique across items"),
  platform: nullableText(64),
  language: languageTagSchema.nullable().optional(),
  publishedAt: z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" }).transform((v) => new Date(v)).nullable().optional(),
  verdict: z.enum(Verdict).optional(),
  manipulations: z.array(z.enum(Manipulation)).max(20).optional(),
  targetCountries: z.array(countryCodeSchema).max(250).optional(),
  archiveUrl: nullableHttpUrl,
  notes: nullableText(20_000),
});
export type UpdateItemBody = z.output<typeof updateItemBodySchema>;
