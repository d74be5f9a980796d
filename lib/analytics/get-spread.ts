import "server-only";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import { sightingFilterSql } from "../filters/dataset-filter-sql";
import { bucketSql } from "./bucket-sql";
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

/**
 * Sightings and their reach per day / week / month, stacked by the sighting's platform or by the item's confirmed
 * campaigns (an item in two campaigns counts in both). Bucketing and summing happen in SQL; the cumulative reach
 * and the "other" stack are the chart mapper's job.
 */
export async function getSpread(query: SpreadQuery, client: PrismaClient = db) {
  const filter = sightingFilterSql(datasetPart(query));
  const bucket = bucketSql(query.interval, Prisma.sql`s.observed_at`);
  const rows =
    query.stack === "platform"
      ? await client.$queryRaw<SpreadRow[]>`
          SELECT ${bucket} AS bucket, coalesce(s.platform, '') AS key, coalesce(s.platform, '') AS label,
            count(*)::int AS sightings, coalesce(sum(s.views), 0)::float8 AS views,
            coalesce(sum(s.shares), 0)::float8 AS shares, coalesce(sum(s.reactions), 0)::float8 AS reactions
          FROM sightings s JOIN items i ON i.id = s.item_id
          WHERE ${filter}
          GROUP BY 1, 2 ORDER BY 1, 2`
      : await client.$queryRaw<SpreadRow[]>`
          SELECT ${bucket} AS bucket, coalesce(c.slug, '') AS key, coalesce(min(c.name), '') AS label,
            count(*)::int AS sightings, coalesce(sum(s.views), 0)::float8 AS views,
            coalesce(sum(s.shares), 0)::float8 AS shares, coalesce(sum(s.reactions), 0)::float8 AS reactions
          FROM sightings s JOIN items i ON i.id = s.item_id
          LEFT JOIN item_campaigns ic ON ic.item_id = i.id AND ic.status = 'confirmed'
          LEFT JOIN campaigns c ON c.id = ic.campaign_id AND c.deleted_at IS NULL
          WHERE ${filter}
          GROUP BY 1, 2 ORDER BY 1, 2`;
  return { interval: query.interval, stack: query.stack, rows };
}

export type Spread = Awaited<ReturnType<typeof getSpread>>;
