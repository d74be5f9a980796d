import { z } from "zod";
import { countryCodeSchema } from "../../codes/schemas";
import { IngestChannel } from "../../generated/prisma/enums";
import { updateSightingBodySchema as sightingEditSchema } from "../../sightings/form-schemas";
import { idSchema, isoOut, isoOutNullable, text } from "../fields";
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

/** PATCH: the sighting page's edit schema (lib/sightings/form-schemas.ts), with the `version` read. */
export const updateSightingBodySchema = sightingEditSchema;
