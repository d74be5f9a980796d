import "server-only";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import { CAMPAIGN_PAGE_SIZE, type CampaignSort, type CampaignsListFilters } from "./list-schema";

const SORT_COLUMNS: Record<CampaignSort, Prisma.Sql> = {
  last_seen: Prisma.raw("c.last_seen_at"),
  first_seen: Prisma.raw("c.first_seen_at"),
  name: Prisma.raw("lower(c.name)"),
  status: Prisma.raw("c.status"),
  items: Prisma.raw("c.item_count"),
  sightings: Prisma.raw("c.sighting_count"),
  pending: Prisma.raw("COALESCE(p.n, 0)"),
};

/**
 * Open suggested items per campaign: the sizes of its open suggestions (item_count follows every decision, see
 * lib/clustering/decide-suggestion.ts), so the list never counts thousands of suggestion rows per request.
 */
const PENDING = Prisma.sql`
  pending AS (SELECT campaign_id, sum(item_count)::int AS n FROM cluster_suggestions
              WHERE status = 'open' AND campaign_id IS NOT NULL GROUP BY campaign_id)`;

export interface CampaignListRow {
  id: string;
  slug: string;
  name: string;
  aliases: string[];
  status: string;
  firstSeenAt: string | null;
  lastSeenAt: string | null;
  itemCount: number;
  sightingCount: number;
  /** Items in open clustering suggestions for this campaign, waiting for a person to accept or reject. */
  pendingCount: number;
  /** Target countries of the campaign and of its confirmed items. */
  countries: string[];
  /** Languages of its confirmed items. */
  languages: string[];
  deletedAt: string | null;
  mergedInto: { slug: string; name: string } | null;
}

type RawRow = Omit<CampaignListRow, "firstSeenAt" | "lastSeenAt" | "deletedAt"> & { firstSeenAt: Date | null; lastSeenAt: Date | null; deletedAt: Date | null };

function conditions(filters: CampaignsListFilters): Prisma.Sql {
  const where: Prisma.Sql[] = [filters.deleted ? Prisma.sql`c.deleted_at IS NOT NULL` : Prisma.sql`c.deleted_at IS NULL`];
  if (filters.q) {
    const pattern = `%${filters.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    where.push(Prisma.sql`(c.name ILIKE ${pattern} OR EXISTS (SELECT 1 FROM unnest(c.aliases) a WHERE a ILIKE ${pattern}))`);
  }
  if (filters.status) where.push(Prisma.sql`c.status = CAST(${filters.status} AS "CampaignStatus")`);
  if (filters.country) {
    where.push(Prisma.sql`(c.target_countries @> ARRAY[${filters.country}]::text[] OR c.item_countries @> ARRAY[${filters.country}]::text[])`);
  }
  if (filters.language) where.push(Prisma.sql`c.item_languages @> ARRAY[${filters.language}]::text[]`);
  if (filters.pending) where.push(Prisma.sql`p.n > 0`);
  return Prisma.join(where, " AND ");
}

/**
 * One page of campaigns. Counts, dates, and the countries and languages of confirmed items are derived columns
 * (lib/sightings/derived.ts), so neither sorting, filtering nor the page's cells read the linked items: a request
 * costs the same with 50 links or 50,000.
 */
export async function listCampaignsPage(filters: CampaignsListFilters, client: PrismaClient = db) {
  const where = conditions(filters);
  const direction = Prisma.raw(filters.dir === "asc" ? "ASC" : "DESC");
  const nulls = Prisma.raw(filters.dir === "asc" ? "NULLS FIRST" : "NULLS LAST");
  const orderBy = Prisma.sql`${SORT_COLUMNS[filters.sort]} ${direction} ${nulls}, lower(c.name) ASC, c.id ASC`;
  const offset = (filters.page - 1) * CAMPAIGN_PAGE_SIZE;
  const [rows, [{ total }]] = await Promise.all([
    client.$queryRaw<RawRow[]>`
      WITH ${PENDING}
      SELECT c.id, c.slug, c.name, c.aliases, c.status::text AS status, c.first_seen_at AS "firstSeenAt",
        c.last_seen_at AS "lastSeenAt", c.item_count AS "itemCount", c.sighting_count AS "sightingCount", c.deleted_at AS "deletedAt",
        COALESCE(p.n, 0) AS "pendingCount",
        ARRAY(SELECT DISTINCT x FROM unnest(c.target_countries || c.item_countries) AS x ORDER BY x) AS countries,
        c.item_languages AS languages,
        (SELECT json_build_object('slug', m.slug, 'name', m.name) FROM campaigns m WHERE m.id = c.merged_into_id) AS "mergedInto"
      FROM campaigns c LEFT JOIN pending p ON p.campaign_id = c.id
      WHERE ${where}
      ORDER BY ${orderBy}
      LIMIT ${CAMPAIGN_PAGE_SIZE} OFFSET ${offset}`,
    client.$queryRaw<{ total: number }[]>`
      WITH ${PENDING} SELECT count(*)::int AS total FROM campaigns c LEFT JOIN pending p ON p.campaign_id = c.id WHERE ${where}`,
  ]);
  return {
    campaigns: rows.map(toListRow),
    page: filters.page,
    pageSize: CAMPAIGN_PAGE_SIZE,
    total: Number(total),
  };
}

export type CampaignsListResponse = Awaited<ReturnType<typeof listCampaignsPage>>;

function toListRow(row: RawRow): CampaignListRow {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    ...row,
    itemCount: Number(row.itemCount),
    sightingCount: Number(row.sightingCount),
    pendingCount: Number(row.pendingCount),
    firstSeenAt: iso(row.firstSeenAt),
    lastSeenAt: iso(row.lastSeenAt),
    deletedAt: iso(row.deletedAt),
  };
}
