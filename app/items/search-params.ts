import {
  createLoader,
  parseAsInteger,
  parseAsNumberLiteral,
  parseAsString,
  parseAsStringLiteral,
  type inferParserType,
} from "nuqs/server";
import {
  ITEM_KINDS,
  ITEM_SORTS,
  PAGE_SIZES,
  SORT_DIRECTIONS,
  VERDICTS,
  listItemsQuerySchema,
  type ItemsListFilters,
} from "@/lib/items/schemas";

/** The items list's URL state, shared by the server page (loader) and the browser (useQueryStates). */
export const itemsSearchParams = {
  q: parseAsString,
  kind: parseAsStringLiteral(ITEM_KINDS),
  verdict: parseAsStringLiteral(VERDICTS),
  platform: parseAsString,
  language: parseAsString,
  country: parseAsString,
  campaign: parseAsString,
  sort: parseAsStringLiteral(ITEM_SORTS).withDefault("first_seen"),
  dir: parseAsStringLiteral(SORT_DIRECTIONS).withDefault("desc"),
  page: parseAsInteger.withDefault(1),
  pageSize: parseAsNumberLiteral(PAGE_SIZES).withDefault(25),
};

export type ItemsSearchParams = inferParserType<typeof itemsSearchParams>;

export const loadItemsSearchParams = createLoader(itemsSearchParams);

/**
 * URL state → the normalised filters the API takes (and the query key). Both sides go through the API's own schema,
 * so a value the API would refuse (country=POL) is reported in the page instead of sent.
 */
export function toItemsFilters(params: ItemsSearchParams) {
  const present = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== null && v !== ""));
  return listItemsQuerySchema.safeParse(present) as
    | { success: true; data: ItemsListFilters; error?: undefined }
    | { success: false; data?: undefined; error: import("zod").ZodError };
}

export type SetItemsParams = import("nuqs").SetValues<typeof itemsSearchParams>;
