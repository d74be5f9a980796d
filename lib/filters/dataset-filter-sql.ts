import "server-only";
import { Prisma } from "../generated/prisma/client";
import { filterInstants, type DatasetFilter } from "./dataset-filter";

/**
 * SQL for the dataset filter, as `Prisma.sql` fragments over an items alias (`i`) and a sightings alias (`s`), so
 * every analytics query, graph query and export selects exactly the same subset.
 */
export function itemFilterSql(filter: DatasetFilter, i = "i"): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${i}.${name}`);
  const conditions: Prisma.Sql[] = [Prisma.sql`${col("deleted_at")} IS NULL`];
  if (filter.verdict) conditions.push(Prisma.sql`${col("verdict")} = CAST(${filter.verdict} AS "Verdict")`);
  if (filter.platform) conditions.push(Prisma.sql`${col("platform")} = ${filter.platform}`);
  if (filter.language) conditions.push(Prisma.sql`${col("language")} = ${filter.language}`);
  if (filter.country) conditions.push(Prisma.sql`${col("target_countries")} @> ARRAY[${filter.country}]::text[]`);
  if (filter.campaign) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM item_campaigns fic JOIN campaigns fc ON fc.id = fic.campaign_id
      WHERE fic.item_id = ${col("id")} AND fc.slug = ${filter.campaign} AND fic.status = 'confirmed' AND fc.deleted_at IS NULL)`);
  }
  const { from, before } = filterInstants(filter);
  if (from || before) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM sightings fs WHERE fs.item_id = ${col("id")} AND fs.deleted_at IS NULL
      ${from ? Prisma.sql`AND fs.observed_at >= ${from}` : Prisma.empty}
      ${before ? Prisma.sql`AND fs.observed_at < ${before}` : Prisma.empty})`);
  }
  return Prisma.join(conditions, " AND ");
}

/** Sightings in the date range whose item passes the rest of the filter; join `items i ON i.id = s.item_id`. */
export function sightingFilterSql(filter: DatasetFilter, s = "s", i = "i"): Prisma.Sql {
  const { from, before } = filterInstants(filter);
  const conditions: Prisma.Sql[] = [Prisma.sql`${Prisma.raw(`${s}.deleted_at`)} IS NULL`];
  if (from) conditions.push(Prisma.sql`${Prisma.raw(`${s}.observed_at`)} >= ${from}`);
  if (before) conditions.push(Prisma.sql`${Prisma.raw(`${s}.observed_at`)} < ${before}`);
  conditions.push(itemFilterSql({ ...filter, from: undefined, to: undefined }, i));
  return Prisma.join(conditions, " AND ");
}
