import "server-only";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import { rollupFactsSql, rollupItemFilterSql, rollupSightingsInRangeSql } from "../filters/dataset-filter-sql";
import type { DatasetFilter } from "../filters/dataset-filter";

export interface LanguageRow {
  /** BCP 47 tag; "" for items without a language. */
  language: string;
  items: number;
  sightings: number;
}

/**
 * Items and sightings per content language (each of the item's languages), from the rollups: without a date range an item's
 * live sighting count is a column of analytics_items; with one, the difference of its cumulative per-day counts at
 * the range's ends.
 */
// An item in several languages counts once in each of them; one without any under "".
const EACH_LANGUAGE = Prisma.sql`CROSS JOIN LATERAL unnest(CASE WHEN cardinality(a.languages) > 0 THEN a.languages ELSE ARRAY[''] END) AS l(language)`;

export async function getLanguages(filter: DatasetFilter, client: PrismaClient = db) {
  const [items, sightings] = await Promise.all([
    client.$queryRaw<{ language: string; n: number }[]>`
      SELECT l.language, count(*)::int AS n FROM analytics_items a ${EACH_LANGUAGE}
      WHERE ${rollupItemFilterSql(filter)} GROUP BY 1`,
    filter.from || filter.to
      ? client.$queryRaw<{ language: string; n: number }[]>`
          SELECT l.language, sum(${rollupSightingsInRangeSql(filter)})::int AS n
          FROM analytics_items a ${EACH_LANGUAGE} WHERE ${rollupItemFilterSql(filter)} GROUP BY 1`
      : client.$queryRaw<{ language: string; n: number }[]>`
          SELECT l.language, sum(a.sightings)::int AS n
          FROM analytics_items a ${EACH_LANGUAGE} WHERE ${rollupFactsSql(filter, "a")} GROUP BY 1 HAVING sum(a.sightings) > 0`,
  ]);
  const rows = new Map<string, LanguageRow>();
  for (const r of items) rows.set(r.language, { language: r.language, items: r.n, sightings: 0 });
  for (const r of sightings) {
    const row = rows.get(r.language) ?? { language: r.language, items: 0, sightings: 0 };
    row.sightings = r.n;
    rows.set(r.language, row);
  }
  return { languages: [...rows.values()].sort((a, b) => b.items - a.items || a.language.localeCompare(b.language)) };
}

export type Languages = Awaited<ReturnType<typeof getLanguages>>;
