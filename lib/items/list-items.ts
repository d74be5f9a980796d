import "server-only";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import type { ItemSort, ItemsListFilters } from "./schemas";

/** Beyond this many matches a filtered list says "10,000+" instead of counting every row. */
export const COUNT_CAP = 10_000;

const SORT_COLUMNS: Record<ItemSort, Prisma.Sql> = {
  first_seen: Prisma.raw("i.first_seen_at"),
  last_seen: Prisma.raw("i.last_seen_at"),
  sightings: Prisma.raw("i.sighting_count"),
  title: Prisma.raw("i.title"),
  created: Prisma.raw("i.created_at"),
};

export interface ItemListCampaign {
  slug: string;
  name: string;
  status: "suggested" | "confirmed";
}

export interface ItemListRow {
  id: string;
  kind: string;
  title: string | null;
  canonicalUrl: string | null;
  platform: string | null;
  languages: string[];
  verdict: string;
  targetCountries: string[];
  firstSeenAt: string | null;
  lastSeenAt: string | null;
  sightingCount: number;
  campaigns: ItemListCampaign[];
}

type RawRow = Omit<ItemListRow, "firstSeenAt" | "lastSeenAt"> & { firstSeenAt: Date | null; lastSeenAt: Date | null };

export function itemFilterConditions(filters: ItemsListFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`i.deleted_at IS NULL`];
  if (filters.q) {
    const pattern = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(Prisma.sql`(i.search_vector @@ websearch_to_tsquery('simple', ${filters.q})
      OR i.title ILIKE ${pattern} OR i.canonical_url ILIKE ${pattern})`);
  }
  if (filters.kind) conditions.push(Prisma.sql`i.kind = CAST(${filters.kind} AS "ItemKind")`);
  if (filters.verdict) conditions.push(Prisma.sql`i.verdict = CAST(${filters.verdict} AS "Verdict")`);
  if (filters.platform) conditions.push(Prisma.sql`i.platform = ${filters.platform}`);
  if (filters.language) conditions.push(Prisma.sql`i.languages @> ARRAY[${filters.language}]::text[]`);
  if (filters.country) conditions.push(Prisma.sql`i.target_countries @> ARRAY[${filters.country}]::text[]`);
  if (filters.campaign) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM item_campaigns ic JOIN campaigns c ON c.id = ic.campaign_id
      WHERE ic.item_id = i.id AND c.slug = ${filters.campaign} AND ic.status <> 'rejected' AND c.deleted_at IS NULL)`);
  }
  return Prisma.join(conditions, " AND ");
}

function isFiltered(filters: ItemsListFilters): boolean {
  return Boolean(
    filters.q || filters.kind || filters.verdict || filters.platform || filters.language || filters.country || filters.campaign,
  );
}

/**
 * One page of items. The page's ids are chosen on `items` alone (index order on the sort column, id as tie-break)
 * and only those rows are joined to their campaigns, so deep pages never sort a join.
 */
export async function listItems(filters: ItemsListFilters, client: PrismaClient = db) {
  const where = itemFilterConditions(filters);
  const direction = Prisma.raw(filters.dir === "asc" ? "ASC" : "DESC");
  const orderBy = Prisma.sql`${SORT_COLUMNS[filters.sort]} ${direction}, i.id ${direction}`;
  const offset = (filters.page - 1) * filters.pageSize;

  const rowsQuery = client.$queryRaw<RawRow[]>`
    WITH page AS (
      SELECT i.id FROM items i WHERE ${where} ORDER BY ${orderBy} LIMIT ${filters.pageSize} OFFSET ${offset}
    )
    SELECT i.id, i.kind::text AS kind, left(i.title, 300) AS title, i.canonical_url AS "canonicalUrl",
      i.platform, i.languages, i.verdict::text AS verdict, i.target_countries AS "targetCountries",
      i.first_seen_at AS "firstSeenAt", i.last_seen_at AS "lastSeenAt", i.sighting_count AS "sightingCount",
      coalesce((
        SELECT json_agg(json_build_object('slug', c.slug, 'name', c.name, 'status', ic.status)
                        ORDER BY ic.status DESC, ic.confidence DESC, c.name)
        FROM item_campaigns ic JOIN campaigns c ON c.id = ic.campaign_id
        WHERE ic.item_id = i.id AND ic.status <> 'rejected' AND c.deleted_at IS NULL
      ), '[]'::json) AS campaigns
    FROM page JOIN items i ON i.id = page.id
    ORDER BY ${orderBy}`;

  const filtered = isFiltered(filters);
  // Filtered: count matches up to COUNT_CAP. Unfiltered: the planner's row estimate once the table is large
  // (exact count(*) reads the whole, wide items heap: ~130 ms at 100k rows), an exact count below that.
  const countQuery = filtered
    ? client.$queryRaw<{ n: number; estimated: boolean }[]>`
        SELECT count(*)::int AS n, false AS estimated
        FROM (SELECT 1 FROM items i WHERE ${where} LIMIT ${COUNT_CAP + 1}) capped`
    : client.$queryRaw<{ n: number; estimated: boolean }[]>`
        SELECT CASE WHEN c.reltuples >= ${COUNT_CAP} THEN c.reltuples::int
                    ELSE (SELECT count(*) FROM items i WHERE ${where})::int END AS n,
               c.reltuples >= ${COUNT_CAP} AS estimated
        FROM pg_class c WHERE c.oid = 'items'::regclass`;

  const [rows, [{ n, estimated }]] = await Promise.all([rowsQuery, countQuery]);
  const totalIsLowerBound = filtered && n > COUNT_CAP;
  return {
    items: rows.map(toListRow),
    page: filters.page,
    pageSize: filters.pageSize,
    /** Exact, unless `totalIsLowerBound` (at least this many) or `totalIsEstimate` (the planner's estimate). */
    total: totalIsLowerBound ? COUNT_CAP : n,
    totalIsLowerBound,
    totalIsEstimate: estimated,
  };
}

export type ItemsListResponse = Awaited<ReturnType<typeof listItems>>;

function toListRow(row: RawRow): ItemListRow {
  return {
    ...row,
    sightingCount: Number(row.sightingCount),
    firstSeenAt: row.firstSeenAt ? new Date(row.firstSeenAt).toISOString() : null,
    lastSeenAt: row.lastSeenAt ? new Date(row.lastSeenAt).toISOString() : null,
  };
}
