import "server-only";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import { rollupFactsSql, rollupFirstInRangeSql, rollupItemFilterSql } from "../filters/dataset-filter-sql";
import { filterInstants } from "../filters/dataset-filter";
import { datasetPart, type FirstSeenQuery } from "./schemas";

/** The earliest items are shown; a campaign or narrative rarely has more, and a table of thousands tells nothing. */
export const FIRST_SEEN_LIMIT = 100;

interface Row {
  itemId: string;
  title: string | null;
  kind: string;
  platform: string;
  country: string | null;
  at: Date;
}

export interface FirstSeenItem {
  id: string;
  title: string | null;
  kind: string;
  /** Each platform the item reached, in order of its first sighting there; the first entry is where it appeared first. */
  platforms: { platform: string; country: string | null; at: string; lagHours: number }[];
}

/**
 * First-seen reconstruction: for each item in the subset (a campaign, a narrative, any filter), its first sighting on
 * every platform, in order — where it appeared first (platform, audience country) and how long it took to reach the
 * next platforms. Sightings are those in the filter's date range; the earliest FIRST_SEEN_LIMIT items are returned.
 */
export async function getFirstSeen(query: FirstSeenQuery, client: PrismaClient = db) {
  const filter = datasetPart(query);
  const { from, before } = filterInstants(filter);
  const narrative = (itemId: string) =>
    query.narrative
      ? Prisma.sql`AND EXISTS (SELECT 1 FROM item_narratives n WHERE n.item_id = ${Prisma.raw(itemId)} AND n.narrative_id = ${query.narrative}::uuid)`
      : Prisma.empty;
  const range = Prisma.sql`${from ? Prisma.sql`AND s.observed_at >= ${from}` : Prisma.empty}
    ${before ? Prisma.sql`AND s.observed_at < ${before}` : Prisma.empty}`;
  const [{ total }] = await client.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM analytics_items a
    WHERE ${rollupItemFilterSql(filter)} ${narrative("a.item_id")} AND a.first_seen_at IS NOT NULL`;
  // Items in order of their first sighting (indexed in analytics_items); with a date range, of their first sighting in
  // it (the first sighting of their first day in it).
  const ordered = from || before
    ? Prisma.sql`SELECT a.item_id AS id, ${rollupFirstInRangeSql(filter, "day_first_at")} AS at
        FROM analytics_items a WHERE ${rollupItemFilterSql(filter)} ${narrative("a.item_id")}
        ORDER BY 2, 1 LIMIT ${FIRST_SEEN_LIMIT}`
    : Prisma.sql`SELECT a.item_id AS id, a.first_seen_at AS at FROM analytics_items a
        WHERE ${rollupFactsSql(filter, "a")} ${narrative("a.item_id")} AND a.first_seen_at IS NOT NULL
        ORDER BY a.first_seen_at, a.item_id LIMIT ${FIRST_SEEN_LIMIT}`;
  const scope = Prisma.sql`SELECT o.id, i.title, i.kind, o.at FROM (${ordered}) o JOIN items i ON i.id = o.id`;
  const rows = await client.$queryRaw<Row[]>`
    WITH scope AS (${scope})
    SELECT scope.id AS "itemId", left(scope.title, 200) AS title, scope.kind::text AS kind, p.platform, p.country, p.at
    FROM scope
    CROSS JOIN LATERAL (
      SELECT DISTINCT ON (coalesce(s.platform, '')) coalesce(s.platform, '') AS platform,
        s.audience_country::text AS country, s.observed_at AS at
      FROM sightings s
      WHERE s.item_id = scope.id AND s.deleted_at IS NULL ${range}
      ORDER BY coalesce(s.platform, ''), s.observed_at, s.id
    ) p
    ORDER BY scope.at, scope.id, p.at, p.platform`;
  return { total, limit: FIRST_SEEN_LIMIT, items: groupByItem(rows) };
}

function groupByItem(rows: Row[]): FirstSeenItem[] {
  const items = new Map<string, FirstSeenItem>();
  for (const row of rows) {
    let item = items.get(row.itemId);
    if (!item) {
      item = { id: row.itemId, title: row.title, kind: row.kind, platforms: [] };
      items.set(row.itemId, item);
    }
    const at = new Date(row.at);
    const first = item.platforms[0] ? Date.parse(item.platforms[0].at) : at.getTime();
    item.platforms.push({
      platform: row.platform,
      country: row.country?.trim() || null,
      at: at.toISOString(),
      lagHours: Math.round(((at.getTime() - first) / 3_600_000) * 10) / 10,
    });
  }
  return [...items.values()];
}

export type FirstSeen = Awaited<ReturnType<typeof getFirstSeen>>;
