import { z } from "zod";
import { Verdict } from "../generated/prisma/enums";
import { countryCodeSchema, languageTagSchema, optionalPlatformSchema } from "../codes/schemas";

/**
 * The one filter behind Analytics, the graph, the dossier and every export: which campaign, which days, which target
 * country, language, platform and verdict. It lives in the URL (lib/filters/search-params.ts) and in the export CLI's
 * flags, and is validated here, so a link, a chart and a downloaded file always mean the same subset.
 *
 * Dates are calendar days (UTC) and bound the sightings: an item is in the subset when it was seen in the range.
 */
const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date as YYYY-MM-DD" })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: "is not a calendar date",
  });

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, { error: "must be a campaign slug (lower-case letters, digits, dashes)" });

export const datasetFilterFields = {
  campaign: slug.optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  country: countryCodeSchema.optional(),
  language: languageTagSchema.optional(),
  platform: optionalPlatformSchema,
  verdict: z.enum(Verdict, { error: `must be one of ${Object.values(Verdict).join(", ")}` }).optional(),
};

/** A reversed range is refused on `to`, the field a person most likely mistyped. */
export function refineDateRange<T extends { from?: string; to?: string }>(value: T, ctx: z.RefinementCtx): void {
  if (value.from && value.to && value.from > value.to) {
    ctx.addIssue({ code: "custom", path: ["to"], message: `must not be before from (${value.from})` });
  }
}

/** Query strings and CLI flags: unknown keys are refused so a typo is never a silently ignored filter. */
export const datasetFilterSchema = z.strictObject(datasetFilterFields).superRefine(refineDateRange);

export type DatasetFilter = z.output<typeof datasetFilterSchema>;

/** First instant of `from` and first instant after `to`, for half-open range conditions on timestamps. */
export function filterInstants(filter: Pick<DatasetFilter, "from" | "to">): { from?: Date; before?: Date } {
  return {
    from: filter.from ? new Date(`${filter.from}T00:00:00Z`) : undefined,
    before: filter.to ? new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000) : undefined,
  };
}

/** The filter without empty values, in a stable key order: for query keys, cache keys and snapshot manifests. */
export function canonicalFilter(filter: DatasetFilter): DatasetFilter {
  const keys = Object.keys(datasetFilterFields) as (keyof DatasetFilter)[];
  return Object.fromEntries(keys.filter((k) => filter[k] !== undefined).map((k) => [k, filter[k]])) as DatasetFilter;
}
