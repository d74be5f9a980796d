import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import { itemFilterSql, sightingFilterSql } from "../filters/dataset-filter-sql";
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
 * it surfaced first and where it was seen (the sightings' audience countries). Three aggregates, run at once.
 */
export async function getCountries(filter: DatasetFilter, client: PrismaClient = db) {
  const [targets, origins, audience] = await Promise.all([
    client.$queryRaw<{ country: string; n: number }[]>`
      SELECT t.code AS country, count(*)::int AS n
      FROM items i CROSS JOIN LATERAL unnest(i.target_countries) AS t(code)
      WHERE ${itemFilterSql(filter)}
      GROUP BY 1`,
    client.$queryRaw<{ country: string; n: number }[]>`
      SELECT first.country, count(*)::int AS n FROM (
        SELECT DISTINCT ON (s.item_id) s.audience_country::text AS country
        FROM sightings s JOIN items i ON i.id = s.item_id
        WHERE ${sightingFilterSql(filter)}
        ORDER BY s.item_id, s.observed_at, s.id
      ) first
      WHERE first.country IS NOT NULL
      GROUP BY 1`,
    client.$queryRaw<{ country: string; n: number }[]>`
      SELECT s.audience_country::text AS country, count(*)::int AS n
      FROM sightings s JOIN items i ON i.id = s.item_id
      WHERE ${sightingFilterSql(filter)} AND s.audience_country IS NOT NULL
      GROUP BY 1`,
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
