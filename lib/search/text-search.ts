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
  const prefix = prefixTsquery(q);
  const words = Prisma.sql`coalesce((
    SELECT string_agg(DISTINCT '(' || t::text || ')', ' | ')
    FROM unnest(${[...TEXT_SEARCH_CONFIGS]}::text[]) AS c(name), websearch_to_tsquery(c.name::regconfig, ${q}) AS t
    WHERE numnode(t) > 0
  ), '')::tsquery`;
  return prefix ? Prisma.sql`(${words} || to_tsquery('simple', ${prefix}))` : words;
}

/**
 * The box answers while the last word is still being typed: "Macr" finds "Macron". The words as typed ('simple',
 * unstemmed), the last as a prefix, all AND-ed — as a tsquery text built from letters and digits only, so nothing
 * in the query can be read as tsquery syntax. Not for queries using websearch syntax (quotes, -word, or), nor when
 * the last word has fewer than three characters (a prefix of one letter matches half the index).
 */
export function prefixTsquery(q: string): string | null {
  if (/"|(^|\s)-|\sor\s/i.test(q) || !/[\p{L}\p{N}]$/u.test(q)) return null;
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0 || words.length > 8 || [...words[words.length - 1]].length < 3) return null;
  return words.map((word, i) => `'${word}'${i === words.length - 1 ? ":*" : ""}`).join(" & ");
}
