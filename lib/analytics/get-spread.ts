import "server-only";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import { filtersItemFacts, rollupCellFilterSql, rollupDaysSql } from "../filters/dataset-filter-sql";
import { bucketText, dayBucketSql } from "./bucket-sql";
import { datasetPart, type SpreadQuery } from "./schemas";

export interface SpreadRow {
  /** First day of the bucket (YYYY-MM-DD, UTC). */
  bucket: string;
  /** Platform of the sighting, or the campaign slug ("" for items in no confirmed campaign). */
  key: string;
  label: string;
  sightings: number;
  views: number;
  shares: number;
  reactions: number;
}

const NO_CAMPAIGN = "00000000-0000-0000-0000-000000000000";
const sums = Prisma.sql`sum(x.sightings)::int AS sightings, coalesce(sum(x.views), 0)::float8 AS views,
  coalesce(sum(x.shares), 0)::float8 AS shares, coalesce(sum(x.reactions), 0)::float8 AS reactions`;

/**
 * Sightings and their reach per day / week / month, stacked by the sighting's platform or by the item's confirmed
 * campaigns (an item in two campaigns counts in both). Read from the rollups: without an item filter from the
 * cross-item day totals (rows of additions, summed here by key), otherwise from the item cells. The cumulative
 * reach and the "other" stack are the chart mapper's job.
 */
export async function getSpread(query: SpreadQuery, client: PrismaClient = db) {
  const filter = datasetPart(query);
  const bucket = (alias: string) => dayBucketSql(query.interval, Prisma.raw(`${alias}.day`));
  const byItems = filtersItemFacts(filter);
  let source: Prisma.Sql;
  if (query.stack === "platform") {
    source = byItems
      ? Prisma.sql`SELECT ${bucket("c")} AS b, c.platform AS key, c.sightings, c.views, c.shares, c.reactions
          FROM analytics_cells c WHERE ${rollupCellFilterSql(filter)}`
      : Prisma.sql`SELECT ${bucket("d")} AS b, d.platform AS key, d.sightings, d.views, d.shares, d.reactions
          FROM analytics_days d WHERE ${rollupDaysSql(filter, "d")}`;
  } else {
    // Links to deleted campaigns count as "no campaign", as a LEFT JOIN on live campaigns would.
    source = byItems
      ? Prisma.sql`SELECT ${bucket("c")} AS b, cid AS key, c.sightings, c.views, c.shares, c.reactions
          FROM analytics_cells c CROSS JOIN LATERAL unnest(CASE WHEN cardinality(c.campaign_ids) > 0 THEN c.campaign_ids
            ELSE ARRAY[${NO_CAMPAIGN}::uuid] END) AS cid
          WHERE ${rollupCellFilterSql(filter)}`
      : Prisma.sql`SELECT ${bucket("d")} AS b, d.campaign_id AS key, d.sightings, d.views, d.shares, d.reactions
          FROM analytics_campaign_days d WHERE ${rollupDaysSql(filter, "d")}`;
  }
  const grouped =
    query.stack === "platform"
      ? Prisma.sql`
          SELECT ${bucketText(Prisma.sql`x.b`)} AS bucket, x.key, x.key AS label, ${sums}
          FROM (${source}) x GROUP BY x.b, x.key HAVING sum(x.sightings) > 0`
      : Prisma.sql`
          SELECT ${bucketText(Prisma.sql`g.b`)} AS bucket, coalesce(k.slug, '') AS key, coalesce(min(k.name), '') AS label,
            sum(g.sightings)::int AS sightings, sum(g.views)::float8 AS views, sum(g.shares)::float8 AS shares,
            sum(g.reactions)::float8 AS reactions
          FROM (SELECT x.b, x.key, ${sums} FROM (${source}) x GROUP BY x.b, x.key HAVING sum(x.sightings) > 0) g
          LEFT JOIN campaigns k ON k.id = g.key AND k.deleted_at IS NULL
          GROUP BY g.b, 2`;
  // A daily series stacked by campaign is ~10k rows; one JSON array is parsed natively, where the driver and
  // Prisma would otherwise convert row by row and column by column (most of the query's time at that size).
  const [{ rows }] = await client.$queryRaw<[{ rows: SpreadRow[] }]>`
    SELECT coalesce(json_agg(r ORDER BY r.bucket, r.key), '[]'::json) AS rows FROM (${grouped}) r`;
  return { interval: query.interval, stack: query.stack, rows };
}

export type Spread = Awaited<ReturnType<typeof getSpread>>;
