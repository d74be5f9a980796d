import { Prisma, type PrismaClient } from "../generated/prisma/client";

/**
 * pg_trgm word-similarity thresholds for `q <% column` (pg_trgm's default is 0.6). Names: 0.5 lets one transposed
 * or missing letter in a short name through ("Alan Raed" → Alan Read 0.6, "Scholtz" → Scholz 0.63, "Matroshka" →
 * Matryoshka 0.62); those tables are small. Item titles keep 0.6: at 0.5 the planner expects so many of 100k titles
 * to pass that it drops the GIN index for a sequential scan (30 ms instead of 2 ms, measured).
 */
export const NAME_SIMILARITY = 0.5;
export const TITLE_SIMILARITY = 0.6;

/**
 * Runs one search query in a transaction that first sets the threshold its `<%` operators use (never the session's).
 * `indexesOnly` also turns sequential scans off for it: with a LIMIT and a generous row estimate the planner would
 * rather walk the items heap computing word_similarity row by row (77–140 ms measured for a typo'd name) than ask
 * the trigram index; every part of the items query has an index to use.
 */
export async function withTrigramThreshold<T>(
  client: PrismaClient,
  threshold: number,
  query: Prisma.PrismaPromise<T>,
  { indexesOnly = false } = {},
): Promise<T> {
  const [, result] = await client.$transaction([
    client.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(threshold)}, true),
      set_config('enable_seqscan', ${indexesOnly ? "off" : "on"}, true)`,
    query,
  ]);
  return result;
}

export interface TermPatterns {
  q: string;
  /** ILIKE patterns with %, _ and \ escaped (`exact`: the whole value, case-insensitively, index-served). */
  exact: string;
  contains: string;
  prefix: string;
  wordPrefix: string;
  /** Trigram operators need three characters to find anything; shorter queries match prefixes only. */
  trigram: boolean;
}

export function termPatterns(q: string): TermPatterns {
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  return { q, exact: escaped, contains: `%${escaped}%`, prefix: `${escaped}%`, wordPrefix: `% ${escaped}%`, trigram: [...q].length >= 3 };
}

/** How well a name column matches: exact 3, prefix 2, substring 1, plus its word similarity (0–1). */
export function nameScoreSql(column: Prisma.Sql, t: TermPatterns): Prisma.Sql {
  return Prisma.sql`(CASE WHEN lower(${column}) = lower(${t.q}) THEN 3 WHEN ${column} ILIKE ${t.prefix} THEN 2
    WHEN ${column} ILIKE ${t.contains} THEN 1 ELSE 0 END + word_similarity(${t.q}, coalesce(${column}, '')))`;
}

/** Whether a name column matches: substring or trigram word similarity (both index-served), prefixes when short. */
export function nameMatchSql(column: Prisma.Sql, t: TermPatterns): Prisma.Sql {
  return t.trigram
    ? Prisma.sql`(${column} ILIKE ${t.contains} OR ${t.q} <% ${column})`
    : Prisma.sql`(${column} ILIKE ${t.prefix} OR ${column} ILIKE ${t.wordPrefix})`;
}

/** The best score among an array column's values (aliases), 0 when none match. */
export function aliasScoreSql(column: Prisma.Sql, t: TermPatterns): Prisma.Sql {
  const alias = Prisma.raw("alias");
  return Prisma.sql`coalesce((SELECT max(${nameScoreSql(alias, t)}) FROM unnest(${column}) AS alias
    WHERE ${nameMatchSql(alias, t)}), 0)`;
}
