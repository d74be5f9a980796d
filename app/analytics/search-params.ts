import { createLoader, parseAsString, parseAsStringLiteral, type inferParserType } from "nuqs/server";
import { analyticsFilterQuerySchema, INTERVALS, STACKS } from "@/lib/analytics/schemas";
import { datasetSearchParams, presentParams } from "@/lib/filters/search-params";
import type { DatasetFilter } from "@/lib/filters/dataset-filter";

/** The Analytics page's URL state: the shared dataset filter plus the chart options (composed, not forked). */
export const analyticsSearchParams = {
  ...datasetSearchParams,
  interval: parseAsStringLiteral(INTERVALS).withDefault("week"),
  stack: parseAsStringLiteral(STACKS).withDefault("platform"),
  /** First-seen reconstruction for one narrative (validated by the endpoint). */
  narrative: parseAsString,
};

export type AnalyticsSearchParams = inferParserType<typeof analyticsSearchParams>;
export const loadAnalyticsSearchParams = createLoader(analyticsSearchParams);

/**
 * URL state → the validated filter (the same normalisation the API applies, so server prefetch and browser use the
 * same query keys), or the validation error to show instead of sending a request the API would refuse.
 */
export function toAnalyticsFilter(params: AnalyticsSearchParams):
  | { success: true; data: DatasetFilter }
  | { success: false; error: import("zod").ZodError } {
  const { interval: _i, stack: _s, narrative: _n, ...filter } = params;
  const parsed = analyticsFilterQuerySchema.safeParse(presentParams(filter));
  return parsed.success ? { success: true, data: parsed.data } : { success: false, error: parsed.error };
}
