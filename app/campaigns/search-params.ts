import { createLoader, parseAsBoolean, parseAsInteger, parseAsString, parseAsStringLiteral, type inferParserType } from "nuqs/server";
import { CAMPAIGN_SORTS, CAMPAIGN_SORT_DIRECTIONS, CAMPAIGN_STATUSES, campaignsListQuerySchema, type CampaignsListFilters } from "@/lib/campaigns/list-schema";

/** The campaigns list's URL state, shared by the server page (loader) and the browser (useQueryStates). */
export const campaignsSearchParams = {
  q: parseAsString,
  status: parseAsStringLiteral(CAMPAIGN_STATUSES),
  country: parseAsString,
  language: parseAsString,
  sort: parseAsStringLiteral(CAMPAIGN_SORTS).withDefault("last_seen"),
  dir: parseAsStringLiteral(CAMPAIGN_SORT_DIRECTIONS).withDefault("desc"),
  page: parseAsInteger.withDefault(1),
  deleted: parseAsBoolean,
  pending: parseAsBoolean,
};

export type CampaignsSearchParams = inferParserType<typeof campaignsSearchParams>;
export type SetCampaignsParams = import("nuqs").SetValues<typeof campaignsSearchParams>;

export const loadCampaignsSearchParams = createLoader(campaignsSearchParams);

/** URL state → the filters the API takes (and the query key), through the API's own schema. */
export function toCampaignsFilters(params: CampaignsSearchParams) {
  const present = Object.fromEntries(
    Object.entries(params)
      .filter(([, v]) => v !== null && v !== "" && v !== false)
      .map(([k, v]) => [k, typeof v === "boolean" ? String(v) : v]),
  );
  return campaignsListQuerySchema.safeParse(present) as
    | { success: true; data: CampaignsListFilters; error?: undefined }
    | { success: false; data?: undefined; error: import("zod").ZodError };
}
