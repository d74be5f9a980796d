import { createLoader, parseAsString, parseAsStringLiteral, type inferParserType } from "nuqs/server";
import { datasetSearchParams, presentParams } from "../filters/search-params";
import { graphQuerySchema, type GraphQuery } from "./schemas";

/**
 * The graph's URL state: the shared dataset filter plus node types and minimum confidence (what the API reads), and
 * the view's own state (colour mode, table view, selected node) so a journalist can send the exact view.
 */
export const graphFilterParams = {
  campaign: datasetSearchParams.campaign,
  from: datasetSearchParams.from,
  to: datasetSearchParams.to,
  country: datasetSearchParams.country,
  language: datasetSearchParams.language,
  types: parseAsString,
  minConfidence: parseAsString,
};

export const graphSearchParams = {
  ...graphFilterParams,
  colour: parseAsStringLiteral(["type", "campaign"] as const).withDefault("type"),
  view: parseAsStringLiteral(["graph", "table"] as const).withDefault("graph"),
  node: parseAsString,
};

export type GraphSearchParams = inferParserType<typeof graphSearchParams>;
export const loadGraphSearchParams = createLoader(graphSearchParams);

/** The API query string for the URL state (only the filter keys, empty values dropped). */
export function graphApiParams(params: Pick<GraphSearchParams, keyof typeof graphFilterParams>): Record<string, string> {
  const { campaign, from, to, country, language, types, minConfidence } = params;
  return presentParams({ campaign, from, to, country, language, types, minConfidence });
}

export function parseGraphParams(params: Pick<GraphSearchParams, keyof typeof graphFilterParams>) {
  return graphQuerySchema.safeParse(graphApiParams(params)) as
    | { success: true; data: GraphQuery; error?: undefined }
    | { success: false; data?: undefined; error: import("zod").ZodError };
}
