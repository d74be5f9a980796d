import { createLoader, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { Verdict } from "../generated/prisma/enums";

/**
 * The dataset filter's URL state (nuqs), shared by server pages (loader) and the browser (useQueryStates). Values
 * are validated by datasetFilterSchema on the server; here they are only read and written.
 */
export const datasetSearchParams = {
  campaign: parseAsString,
  from: parseAsString,
  to: parseAsString,
  country: parseAsString,
  language: parseAsString,
  platform: parseAsString,
  verdict: parseAsStringLiteral(Object.values(Verdict)),
};

export const loadDatasetSearchParams = createLoader(datasetSearchParams);

/** The filter's keys in the order every filter bar shows them. */
export type DatasetFilterKey = keyof typeof datasetSearchParams;
export const DATASET_FILTER_KEYS = Object.keys(datasetSearchParams) as DatasetFilterKey[];

/** URL state → a plain object for datasetFilterSchema / an API query string (empty values dropped). */
export function presentParams(params: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => e[1] !== null && e[1] !== ""));
}
