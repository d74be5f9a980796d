import { Prisma } from "../generated/prisma/client";

/**
 * The text-search configurations sightline_ts_config() (init migration) maps language tags to. Items' vectors hold
 * their words stemmed in the item's own configuration plus unstemmed ('simple'); the query does not say its
 * language, so it is parsed in every one of them and the forms OR-ed: "Regierungen" finds an item saying
 * "Regierung" (german), "выборов" one saying "выборы" (russian), and any word matches itself through 'simple'.
 * Keep in step with the migration; text-search.int.test.ts checks both lists agree.
 */
export const TEXT_SEARCH_CONFIGS = [
  "simple", "arabic", "danish", "german", "greek", "english", "spanish", "finnish", "french", "irish", "hindi",
  "hungarian", "indonesian", "italian", "lithuanian", "nepali", "norwegian", "dutch", "portuguese", "romanian",
  "russian", "serbian", "swedish", "tamil", "turkish",
] as const;

/**
 * One tsquery: websearch syntax (quotes, OR, -word) parsed in every configuration, distinct forms OR-ed; '' when
 * the query has no lexemes (punctuation only, stop words only), which matches nothing. Never raises on any input.
 */
export function tsquerySql(q: string): Prisma.Sql {
  return Prisma.sql`coalesce((
    SELECT string_agg(DISTINCT '(' || t::text || ')', ' | ')
    FROM unnest(${[...TEXT_SEARCH_CONFIGS]}::text[]) AS c(name), websearch_to_tsquery(c.name::regconfig, ${q}) AS t
    WHERE numnode(t) > 0
  ), '')::tsquery`;
}
