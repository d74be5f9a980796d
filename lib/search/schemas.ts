import { z } from "zod";

/** What the one search box looks through, in the order its result groups are shown. */
export const SEARCH_TYPES = ["item", "campaign", "person", "organization", "account", "narrative"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const SEARCH_QUERY_MAX = 200;

const typeList = z
  .string()
  .transform((value) => [...new Set(value.split(",").map((t) => t.trim()).filter(Boolean))])
  .pipe(
    z
      .array(z.enum(SEARCH_TYPES, { error: `must be a comma-separated list of ${SEARCH_TYPES.join(", ")}` }))
      .min(1, { error: "must name at least one type" }),
  );

/**
 * GET /api/search?q=&types=&limit=. An empty (or all-blank) q is not an error: it answers 200 with no groups, the
 * same as a query that finds nothing, so a box that is cleared never shows an error. Longer than 200 characters is a
 * 422 naming q (no one types that; a paste of a whole article is refused, not run as 40 AND-ed words).
 */
export const searchQuerySchema = z.strictObject({
  q: z.string().trim().max(SEARCH_QUERY_MAX, { error: `must be at most ${SEARCH_QUERY_MAX} characters` }).default(""),
  types: typeList.default([...SEARCH_TYPES]),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});
export type SearchQuery = z.output<typeof searchQuerySchema>;

/** A run of text, highlighted when it matched the query. Rendered as React text, never as HTML. */
export interface Segment {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  type: SearchType;
  id: string;
  /** The page Enter opens. */
  href: string;
  label: Segment[];
  /** A matching excerpt (item text, a URL, an alias, a claim), or null. */
  snippet: Segment[] | null;
  /** Plain context: kind, platform, language, role… */
  detail: string | null;
}

export interface SearchGroup {
  type: SearchType;
  hits: SearchHit[];
}

export interface SearchResponse {
  q: string;
  groups: SearchGroup[];
}
