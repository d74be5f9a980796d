import { z } from "zod";
import { countryCodeSchema } from "../../codes/schemas";
import { IngestChannel } from "../../generated/prisma/enums";
import { idSchema, isoOut, isoOutNullable, nullableText, text, versionSchema } from "../fields";
import { apiIngestBodySchema } from "../ingest-body";
import { listQueryBase, queryDate } from "../list-query";

/** One observation of an item (STIX sighting): where, when, reach. */
export const sightingSchema = z
  .object({
    id: z.uuid(),
    itemId: z.uuid(),
    url: z.string().nullable(),
    canonicalUrl: z.string().nullable(),
    platform: z.string().nullable(),
    accountId: z.uuid().nullable(),
    observedAt: isoOut,
    reportedById: z.uuid().nullable(),
    views: z.number().int().nullable(),
    shares: z.number().int().nullable(),
    reactions: z.number().int().nullable(),
    audienceCountry: z.string().nullable(),
    notes: z.string().nullable(),
    channel: z.enum(IngestChannel),
    version: z.number().int(),
    createdAt: isoOut,
    updatedAt: isoOut,
    deletedAt: isoOutNullable,
  })
  .meta({ id: "Sighting" });
export type SightingDto = z.output<typeof sightingSchema>;

export const listSightingsQuerySchema = z.strictObject({
  ...listQueryBase,
  itemId: idSchema.optional(),
  accountId: idSchema.optional(),
  platform: text(64).optional(),
  audienceCountry: countryCodeSchema.optional().describe("ISO 3166-1 alpha-2 code, e.g. PL"),
  channel: z.enum(IngestChannel).optional(),
  from: queryDate.optional().describe("observedAt ≥ from"),
  to: queryDate.optional().describe("observedAt < to"),
  updatedSince: queryDate.optional(),
});
export type ListSightingsQuery = z.output<typeof listSightingsQuerySchema>;

/** Either `itemId` (a new sighting of a known item) or `item` (new content; merged into a known item with the same URL or file hash). */
export const createSightingBodySchema = apiIngestBodySchema;

const count = z.number({ error: "must be a whole number" }).int({ error: "must be a whole number" }).min(0).max(1e13).nullable().optional();

export const updateSightingBodySchema = z.strictObject({
  version: versionSchema,
  url: nullableText(2048).describe("re-canonicalised like on creation"),
  platform: nullableText(64),
  accountId: idSchema.nullable().optional(),
  observedAt: z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" }).transform((v) => new Date(v)).optional(),
  views: count,
  shares: count,
  reactions: count,
  audienceCountry: countryCodeSchema.nullable().optional(),
  notes: nullableText(20_000),
});
export type UpdateSightingBody = z.output<typeof updateSightingBodySchema>;
