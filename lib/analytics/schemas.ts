import { z } from "zod";
import { datasetFilterFields, refineDateRange, type DatasetFilter } from "../filters/dataset-filter";

/**
 * Analytics query strings: the shared dataset filter (lib/filters) plus, by composition, the few options a chart
 * needs. Each endpoint takes only its own keys (strict objects), so a typo is a 422 naming the key, never a silently
 * ignored filter, and a query key never changes for an option the endpoint does not read.
 */
export const INTERVALS = ["day", "week", "month"] as const;
export const STACKS = ["platform", "campaign"] as const;
export type Interval = (typeof INTERVALS)[number];
export type Stack = (typeof STACKS)[number];

const interval = z.enum(INTERVALS, { error: `must be one of ${INTERVALS.join(", ")}` }).default("week");
const stack = z.enum(STACKS, { error: `must be one of ${STACKS.join(", ")}` }).default("platform");
const narrative = z.uuid({ error: "must be a narrative id (UUID)" }).optional();

export const analyticsFilterQuerySchema = z.strictObject(datasetFilterFields).superRefine(refineDateRange);
export const spreadQuerySchema = z.strictObject({ ...datasetFilterFields, interval, stack }).superRefine(refineDateRange);
export const markersQuerySchema = z.strictObject({ ...datasetFilterFields, interval }).superRefine(refineDateRange);
export const firstSeenQuerySchema = z.strictObject({ ...datasetFilterFields, narrative }).superRefine(refineDateRange);

export type SpreadQuery = z.output<typeof spreadQuerySchema>;
export type MarkersQuery = z.output<typeof markersQuerySchema>;
export type FirstSeenQuery = z.output<typeof firstSeenQuerySchema>;

/** The dataset filter part of a composed query, for the shared SQL fragments. */
export function datasetPart(query: DatasetFilter & Record<string, unknown>): DatasetFilter {
  const { campaign, from, to, country, language, platform, verdict } = query;
  return { campaign, from, to, country, language, platform, verdict };
}

/**
 * Verdicts that say an item is not what it claims to be. A debunk (lib/analytics/get-time-to-debunk.ts) is the first
 * recorded moment one of these was established.
 */
export const DEBUNKING_VERDICTS = ["false", "misleading", "manipulated", "synthetic", "misattributed"] as const;

/** Upper bounds (hours) of the time-to-debunk distribution's bins; the last bin is open. Shared with the mapper. */
export const DEBUNK_BINS_HOURS = [1, 6, 24, 72, 168, 672] as const;
