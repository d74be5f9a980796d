import "server-only";
import { Prisma } from "../generated/prisma/client";
import { filterInstants, type DatasetFilter } from "./dataset-filter";

/**
 * A slice of the subset by item id, after < id ≤ upTo (null: open). Exports on the embedded database read a big
 * subset slice by slice (lib/exports/item-windows.ts); it is never part of a user's filter.
 */
export interface ItemWindow {
  after: string | null;
  upTo: string | null;
}
export type WindowedFilter = DatasetFilter & { itemWindow?: ItemWindow };

/**
 * SQL for the dataset filter, as `Prisma.sql` fragments over an items alias (`i`) and a sightings alias (`s`), so
 * every analytics query, graph query and export selects exactly the same subset.
 */
export function itemFilterSql(filter: WindowedFilter, i = "i"): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${i}.${name}`);
  const conditions: Prisma.Sql[] = [Prisma.sql`${col("deleted_at")} IS NULL`];
  if (filter.itemWindow?.after) conditions.push(Prisma.sql`${col("id")} > ${filter.itemWindow.after}::uuid`);
  if (filter.itemWindow?.upTo) conditions.push(Prisma.sql`${col("id")} <= ${filter.itemWindow.upTo}::uuid`);
  if (filter.verdict) conditions.push(Prisma.sql`${col("verdict")} = CAST(${filter.verdict} AS "Verdict")`);
  if (filter.platform) conditions.push(Prisma.sql`${col("platform")} = ${filter.platform}`);
  // "language=pl" means the item has pl among its languages (GIN index on items, array containment).
  if (filter.language) conditions.push(Prisma.sql`${col("languages")} @> ARRAY[${filter.language}]::text[]`);
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
export function sightingFilterSql(filter: WindowedFilter, s = "s", i = "i"): Prisma.Sql {
  const { from, before } = filterInstants(filter);
  const conditions: Prisma.Sql[] = [Prisma.sql`${Prisma.raw(`${s}.deleted_at`)} IS NULL`];
  if (from) conditions.push(Prisma.sql`${Prisma.raw(`${s}.observed_at`)} >= ${from}`);
  if (before) conditions.push(Prisma.sql`${Prisma.raw(`${s}.observed_at`)} < ${before}`);
  conditions.push(itemFilterSql({ ...filter, from: undefined, to: undefined }, i));
  return Prisma.join(conditions, " AND ");
}

/**
 * The same filter over the analytics rollups (migration …_analytics_rollups): `analytics_items` (one row per live
 * item) and `analytics_cells` (live sightings per item, UTC day, platform and audience country) carry the item's
 * facts under the same column names, so one fragment serves both. Deleted items have no rollup rows, and a cell's
 * `day` is the UTC day of its sightings, so the calendar-day range is exact on it.
 */
export function rollupFactsSql(filter: DatasetFilter, alias: string): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${alias}.${name}`);
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.verdict) conditions.push(Prisma.sql`${col("verdict")} = CAST(${filter.verdict} AS "Verdict")`);
  if (filter.platform) conditions.push(Prisma.sql`${col("item_platform")} = ${filter.platform}`);
  // "language=pl" means the item has pl among its languages (GIN index on items, array containment).
  if (filter.language) conditions.push(Prisma.sql`${col("languages")} @> ARRAY[${filter.language}]::text[]`);
  if (filter.country) conditions.push(Prisma.sql`${col("target_countries")} @> ARRAY[${filter.country}]::text[]`);
  if (filter.campaign) {
    // An unknown or deleted campaign gives ARRAY[NULL], which no array contains: an empty subset, as before.
    conditions.push(Prisma.sql`${col("campaign_ids")} @> ARRAY[(SELECT fc.id FROM campaigns fc
      WHERE fc.slug = ${filter.campaign} AND fc.deleted_at IS NULL)]`);
  }
  return Prisma.join(conditions, " AND ");
}

/** Whether the filter narrows items by a fact (not only by dates): the cross-item day totals cannot answer it. */
export function filtersItemFacts(filter: DatasetFilter): boolean {
  return Boolean(filter.campaign || filter.country || filter.language || filter.platform || filter.verdict);
}

/** The filter's calendar days as a half-open range on a `date` column (`day`), or TRUE without dates. */
export function rollupDaysSql(filter: DatasetFilter, alias: string): Prisma.Sql {
  const { from, before } = filterInstants(filter);
  const day = Prisma.raw(`${alias}.day`);
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (from) conditions.push(Prisma.sql`${day} >= CAST(${from.toISOString().slice(0, 10)} AS date)`);
  if (before) conditions.push(Prisma.sql`${day} < CAST(${before.toISOString().slice(0, 10)} AS date)`);
  return Prisma.join(conditions, " AND ");
}

/** Cells (alias `c`) in the subset: the item's facts and the sightings' days. */
export function rollupCellFilterSql(filter: DatasetFilter, c = "c"): Prisma.Sql {
  return Prisma.sql`${rollupFactsSql(filter, c)} AND ${rollupDaysSql(filter, c)}`;
}

/** The filter's calendar days as a `daterange` (half-open; a missing bound is unbounded). */
function rollupRangeSql(filter: DatasetFilter): Prisma.Sql {
  const { from, before } = filterInstants(filter);
  const day = (d?: Date) => (d ? d.toISOString().slice(0, 10) : null);
  return Prisma.sql`daterange(CAST(${day(from)} AS date), CAST(${day(before)} AS date))`;
}

/**
 * Positions in an item's sorted day_list (analytics_items `a`) that bound the date range: `lo` days come before it and
 * `hi` days before its end, so days lo+1 … hi are in it. width_bucket(x, sorted array) counts the elements ≤ x by
 * binary search, which is far cheaper per row than unnesting the arrays.
 */
function rangePositions(filter: DatasetFilter, a: string): { lo: Prisma.Sql; hi: Prisma.Sql } {
  const { from, before } = filterInstants(filter);
  const list = Prisma.raw(`${a}.day_list`);
  const daysBefore = (d: Date) => Prisma.sql`width_bucket(CAST(${d.toISOString().slice(0, 10)} AS date) - 1, ${list})`;
  return { lo: from ? daysBefore(from) : Prisma.sql`0`, hi: before ? daysBefore(before) : Prisma.sql`cardinality(${list})` };
}

/** An item's live sightings in the date range, for an item seen in it (rollupItemFilterSql). */
export function rollupSightingsInRangeSql(filter: DatasetFilter, a = "a"): Prisma.Sql {
  const { lo, hi } = rangePositions(filter, a);
  const cumulative = Prisma.raw(`${a}.day_cumulative`);
  return Prisma.sql`(${cumulative}[${hi} + 1] - ${cumulative}[${lo} + 1])`;
}

/**
 * A per-day column (`day_first_at`, `day_first_country`) of the item's first day in the range: the first day after
 * the `lo` days before it, which is in the range for an item seen in it.
 */
export function rollupFirstInRangeSql(filter: DatasetFilter, column: "day_first_at" | "day_first_country", a = "a"): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(`${a}.${column}`)}[${rangePositions(filter, a).lo} + 1]`;
}

/** Items (alias `a` over analytics_items) in the subset: their facts, and a sighting in the date range if one is set. */
export function rollupItemFilterSql(filter: DatasetFilter, a = "a"): Prisma.Sql {
  const facts = rollupFactsSql(filter, a);
  if (!filter.from && !filter.to) return facts;
  return Prisma.sql`${facts} AND ${Prisma.raw(`${a}.days_seen`)} && ${rollupRangeSql(filter)}`;
}
