import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import { itemFilterSql } from "../filters/dataset-filter-sql";
import type { DatasetFilter } from "../filters/dataset-filter";
import { DEBUNK_BINS_HOURS, DEBUNKING_VERDICTS } from "./schemas";

/**
 * Time from an item's first sighting to its first debunk, for items whose current verdict is debunking (false,
 * misleading, manipulated, synthetic, misattributed).
 *
 * A debunk is the earliest of
 *  - the first audit event that recorded a debunking verdict for the item (logged with it, or edited to it — by a
 *    person, an API token or an import): the moment Sightline learned the item was not what it claims; and
 *  - the publication date of a fact-check source (sources.kind = fact_check) linked to the item.
 * Items with a debunking verdict but neither record (e.g. seeded without a dated fact-check) are counted as
 * "time unknown", never guessed. A debunk before the first sighting counts as 0 h (it was known when it surfaced).
 */
export async function getTimeToDebunk(filter: DatasetFilter, client: PrismaClient = db) {
  const verdicts = [...DEBUNKING_VERDICTS];
  const [summary] = await client.$queryRaw<
    { items: number; timed: number; medianHours: number | null; bins: number[] | null }[]
  >`
    WITH scope AS (
      SELECT i.id, i.first_seen_at FROM items i
      WHERE ${itemFilterSql(filter)} AND i.first_seen_at IS NOT NULL AND i.verdict::text = ANY(${verdicts}::text[])
    ),
    audited AS (
      SELECT a.entity_id, min(a.at) AS at FROM audit_events a
      WHERE a.entity_type = 'item' AND a.action IN ('create', 'update')
        AND a.after ->> 'verdict' = ANY(${verdicts}::text[])
        AND a.entity_id IN (SELECT id::text FROM scope)
      GROUP BY a.entity_id
    ),
    checked AS (
      SELECT l.item_id, min(src.published_at) AS at FROM item_sources l JOIN sources src ON src.id = l.source_id
      WHERE src.kind = 'fact_check' AND src.published_at IS NOT NULL AND src.deleted_at IS NULL
        AND l.item_id IN (SELECT id FROM scope)
      GROUP BY l.item_id
    ),
    lags AS (
      -- least() and greatest() skip NULLs: an item with neither record must stay NULL, not become 0 h.
      SELECT CASE WHEN coalesce(audited.at, checked.at) IS NOT NULL
        THEN greatest(0, extract(epoch FROM least(audited.at, checked.at) - scope.first_seen_at) / 3600.0) END AS hours
      FROM scope
      LEFT JOIN audited ON audited.entity_id = scope.id::text
      LEFT JOIN checked ON checked.item_id = scope.id
    )
    SELECT (SELECT count(*)::int FROM scope) AS items,
      count(hours)::int AS timed,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY hours)::float8 AS "medianHours",
      (SELECT array_agg(n ORDER BY b) FROM (
        SELECT b, count(l2.hours)::int AS n
        FROM generate_series(0, ${DEBUNK_BINS_HOURS.length}) AS b
        LEFT JOIN lags l2 ON width_bucket(l2.hours, ${[...DEBUNK_BINS_HOURS]}::float8[]) = b
        GROUP BY b
      ) bins) AS bins
    FROM lags WHERE hours IS NOT NULL`;
  const bins = summary.bins ?? DEBUNK_BINS_HOURS.map(() => 0).concat(0);
  return {
    items: summary.items,
    timed: summary.timed,
    untimed: summary.items - summary.timed,
    medianHours: summary.medianHours,
    /** Counts per bin: [< 1 h, 1–6 h, 6–24 h, 1–3 d, 3–7 d, 1–4 w, ≥ 4 w]. */
    bins: bins.map(Number),
  };
}

export type TimeToDebunk = Awaited<ReturnType<typeof getTimeToDebunk>>;
