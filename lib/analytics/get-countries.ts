import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import {
  filtersItemFacts,
  rollupCellFilterSql,
  rollupDaysSql,
  rollupFactsSql,
  rollupItemFilterSql,
  rollupFirstInRangeSql,
} from "../filters/dataset-filter-sql";
import type { DatasetFilter } from "../filters/dataset-filter";

export interface CountryRow {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Items that name the country as a target. */
  targetItems: number;
  /** Items whose first sighting (in the date range) was seen by an audience in the country: where they surfaced. */
  originItems: number;
  /** Sightings seen by an audience in the country. */
  sightings: number;
}

/**
 * Countries, target versus origin: which countries the content aims at (the items' target countries) against where
 * it surfaced first and where it was seen (the sightings' audience countries). Three aggregates over the rollups, run
 * at once. An item's first sighting is a column of analytics_items; with a date range, the first sighting of its
 * first day in the range (analytics_items.day_first_country).
 */
export async function getCountries(filter: DatasetFilter, client: PrismaClient = db) {
  const ranged = Boolean(filter.from || filter.to);
  const [targets, origins, audience] = await Promise.all([
    client.$queryRaw<{ country: string; n: number }[]>`
      SELECT t.code AS country, count(*)::int AS n
      FROM analytics_items a CROSS JOIN LATERAL unnest(a.target_countries) AS t(code)
      WHERE ${rollupItemFilterSql(filter)}
      GROUP BY 1`,
    ranged
      ? client.$queryRaw<{ country: string; n: number }[]>`
          SELECT first.country, count(*)::int AS n FROM (
            SELECT nullif(${rollupFirstInRangeSql(filter, "day_first_country")}, '') AS country
            FROM analytics_items a WHERE ${rollupItemFilterSql(filter)}
          ) first
          WHERE first.country IS NOT NULL
          GROUP BY 1`
      : client.$queryRaw<{ country: string; n: number }[]>`
          SELECT a.first_country AS country, count(*)::int AS n FROM analytics_items a
          WHERE ${rollupFactsSql(filter, "a")} AND a.first_country IS NOT NULL
          GROUP BY 1`,
    filtersItemFacts(filter)
      ? client.$queryRaw<{ country: string; n: number }[]>`
          SELECT c.audience_country AS country, sum(c.sightings)::int AS n FROM analytics_cells c
          WHERE ${rollupCellFilterSql(filter)} AND c.audience_country <> ''
          GROUP BY 1`
      : client.$queryRaw<{ country: string; n: number }[]>`
          SELECT d.audience_country AS country, sum(d.sightings)::int AS n FROM analytics_days d
          WHERE ${rollupDaysSql(filter, "d")} AND d.audience_country <> ''
          GROUP BY 1 HAVING sum(d.sightings) > 0`,
  ]);
  const rows = new Map<string, CountryRow>();
  const row = (code: string) => {
    const country = code.trim().toUpperCase();
    let r = rows.get(country);
    if (!r) rows.set(country, (r = { country, targetItems: 0, originItems: 0, sightings: 0 }));
    return r;
  };
  for (const t of targets) row(t.country).targetItems += t.n;
  for (const o of origins) row(o.country).originItems += o.n;
  for (const a of audience) row(a.country).sightings += a.n;
  return { countries: [...rows.values()].sort((a, b) => b.sightings - a.sightings || a.country.localeCompare(b.country)) };
}

export type Countries = Awaited<ReturnType<typeof getCountries>>;
