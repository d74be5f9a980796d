import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import { rollupItemFilterSql } from "../filters/dataset-filter-sql";
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
 * Both moments are kept per item in analytics_items (debunked_at: SQL function analytics_debunked_at, maintained by
 * triggers on audit events, item sources and sources).
 */
export async function getTimeToDebunk(filter: DatasetFilter, client: PrismaClient = db) {
  const verdicts = [...DEBUNKING_VERDICTS];
  const [summary] = await client.$queryRaw<
    { items: number; timed: number; medianHours: number | null; bins: number[] | null }[]
  >`
    WITH lags AS (
      SELECT CASE WHEN a.debunked_at IS NOT NULL
        THEN greatest(0, extract(epoch FROM a.debunked_at - a.first_seen_at) / 3600.0) END AS hours
      FROM analytics_items a
      WHERE ${rollupItemFilterSql(filter)} AND a.first_seen_at IS NOT NULL AND a.verdict::text = ANY(${verdicts}::text[])
    )
    SELECT count(*)::int AS items, count(hours)::int AS timed,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY hours)::float8 AS "medianHours",
      -- One pass over the lags per bin count (not a join of every lag with every bin).
      (SELECT array_agg(coalesce(c.n, 0) ORDER BY b)
        FROM generate_series(0, ${DEBUNK_BINS_HOURS.length}) AS b
        LEFT JOIN (SELECT width_bucket(hours, ${[...DEBUNK_BINS_HOURS]}::float8[]) AS bin, count(*)::int AS n
          FROM lags WHERE hours IS NOT NULL GROUP BY 1) c ON c.bin = b) AS bins
    FROM lags`;
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
