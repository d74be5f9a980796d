import { Prisma } from "../generated/prisma/client";

type SqlClient = Pick<Prisma.TransactionClient, "$executeRaw">;

export interface RefreshScope {
  /** Only these items (and the campaigns they are confirmed in); all rows when omitted. */
  itemIds?: readonly string[];
}

export interface RefreshResult {
  items: number;
  campaigns: number;
}

/**
 * Recomputes the columns derived from sightings so lists can sort without aggregating:
 * items.first_seen_at / last_seen_at / sighting_count from live sightings, and campaigns.first_seen_at /
 * last_seen_at / item_count / sighting_count / item_countries / item_languages from their confirmed, live items.
 * Call it after any change to sightings, items' deletion, target countries or language, or item↔campaign links. Set-based, and rows are only written when a value changes
 * (so a no-op refresh writes nothing). Deliberately leaves version/updated_at alone: these are not user edits
 * and must not break optimistic locking of a form that is open.
 */
export async function refreshDerivedColumns(db: SqlClient, scope: RefreshScope = {}): Promise<RefreshResult> {
  const ids = scope.itemIds ? [...scope.itemIds] : null;
  if (ids && ids.length === 0) return { items: 0, campaigns: 0 };
  const itemFilter = ids ? Prisma.sql`i.id = ANY(${ids}::uuid[])` : Prisma.sql`TRUE`;
  const items = await db.$executeRaw(Prisma.sql`
    UPDATE items AS i
    SET first_seen_at = agg.first_seen, last_seen_at = agg.last_seen, sighting_count = agg.n
    FROM (
      SELECT i.id,
             min(s.observed_at) AS first_seen, max(s.observed_at) AS last_seen, count(s.id)::int AS n
      FROM items AS i
      LEFT JOIN sightings AS s ON s.item_id = i.id AND s.deleted_at IS NULL
      WHERE ${itemFilter}
      GROUP BY i.id
    ) AS agg
    WHERE i.id = agg.id
      AND (i.first_seen_at, i.last_seen_at, i.sighting_count) IS DISTINCT FROM (agg.first_seen, agg.last_seen, agg.n)`);

  const campaignFilter = ids
    ? Prisma.sql`c.id IN (SELECT campaign_id FROM item_campaigns WHERE item_id = ANY(${ids}::uuid[]))`
    : Prisma.sql`TRUE`;
  // Countries and languages (both lists per item) in the same single pass over the links: PostgreSQL has no aggregate that unions arrays, so the
  // two-letter codes are joined into one string per campaign and split again (codes never contain a comma).
  const campaigns = await db.$executeRaw(Prisma.sql`
    UPDATE campaigns AS c
    SET first_seen_at = agg.first_seen, last_seen_at = agg.last_seen, item_count = agg.items, sighting_count = agg.sightings,
        item_countries = agg.countries, item_languages = agg.languages
    FROM (
      SELECT id, first_seen, last_seen, items, sightings,
             ARRAY(SELECT DISTINCT code FROM unnest(string_to_array(language_list, ',')) AS code WHERE code <> '' ORDER BY code) AS languages,
             ARRAY(SELECT DISTINCT code FROM unnest(string_to_array(country_list, ',')) AS code WHERE code <> '' ORDER BY code) AS countries
      FROM (
        SELECT c.id, min(i.first_seen_at) AS first_seen, max(i.last_seen_at) AS last_seen,
               count(i.id)::int AS items, coalesce(sum(i.sighting_count), 0)::int AS sightings,
               string_agg(array_to_string(i.languages, ','), ',') AS language_list,
               string_agg(array_to_string(i.target_countries, ','), ',') AS country_list
        FROM campaigns AS c
        LEFT JOIN item_campaigns AS ic ON ic.campaign_id = c.id AND ic.status = 'confirmed'
        LEFT JOIN items AS i ON i.id = ic.item_id AND i.deleted_at IS NULL
        WHERE ${campaignFilter}
        GROUP BY c.id
      ) AS grouped
    ) AS agg
    WHERE c.id = agg.id
      AND (c.first_seen_at, c.last_seen_at, c.item_count, c.sighting_count, c.item_countries, c.item_languages)
        IS DISTINCT FROM (agg.first_seen, agg.last_seen, agg.items, agg.sightings, agg.countries, agg.languages)`);
  return { items, campaigns };
}
