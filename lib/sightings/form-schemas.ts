import { z, ZodError } from "zod";
import { countryCodeSchema } from "../codes/schemas";
import { logSightingBodySchema } from "../ingest/schemas";

/** Pending evidence uploads the form saves with the sighting (ids from POST /api/evidence). */
const evidenceIdsSchema = z.array(z.uuid({ error: "must be an upload id" })).max(20, { error: "at most 20 files" }).default([]);

/**
 * POST /api/sightings: the ingest body plus `evidence`. Parsed in two steps so the ingest schema stays the one
 * definition of an item and a sighting (it is strict and knows nothing of uploads).
 */
export function parseLogSightingForm(body: unknown) {
  const record = typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const { evidence, ...rest } = record;
  const input = logSightingBodySchema.safeParse(Array.isArray(body) || body === null ? body : rest);
  const files = z.object({ evidence: evidenceIdsSchema }).safeParse({ evidence });
  // Both halves are checked so one 422 names every field at fault.
  if (!input.success || !files.success) throw new ZodError([...(input.error?.issues ?? []), ...(files.error?.issues ?? [])]);
  return { input: input.data, evidenceIds: files.data.evidence };
}

const count = z.coerce.number({ error: "must be a number" }).int({ error: "must be a whole number" }).min(0, { error: "must be ≥ 0" }).max(1e13).nullable();
const optionalText = (max: number) =>
  z.string().trim().max(max, { error: `must be at most ${max} characters` }).nullable().transform((v) => v || null);

/** PATCH /api/sightings/:id — the fields a person corrects, with the version they read. */
export const updateSightingBodySchema = z
  .object({
    version: z.number({ error: "is required: the version you read" }).int().min(1),
    url: optionalText(2048).optional(),
    platform: optionalText(64).optional(),
    observedAt: z.coerce.date({ error: "must be an ISO 8601 date-time" }).optional(),
    views: count.optional(),
    shares: count.optional(),
    reactions: count.optional(),
    audienceCountry: countryCodeSchema.nullable().optional(),
    notes: optionalText(20_000).optional(),
  })
  .strict();
export type UpdateSightingBody = z.infer<typeof updateSightingBodySchema>;
