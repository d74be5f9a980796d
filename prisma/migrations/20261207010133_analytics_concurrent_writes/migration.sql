-- Migration 20261207010133_analytics_concurrent_writes
-- Concurrent writers deadlocked in the analytics rollups (bench/write-concurrency.ts: logging sightings while
-- importing, 16 of 228 transactions died). Two causes, two changes:
-- 1. Recomputations of an item were serialised by advisory locks per bucket of 256 items, while writers lock the
--    items' rows in their own order: a writer holding a row waited for a bucket held by one waiting for that row.
--    The recomputation now locks the items' own rows (FOR NO KEY UPDATE, in id order) — one kind of lock for both.
-- 2. The cross-item day totals were updated in place: every writer of a day's sightings locked the same rows until
--    commit, in no set order. Their rows are now additions (a recomputed item adds the difference between its new
--    and its old cells, as rows of their own), so writers only insert; readers sum by key, and analytics_compact_totals()
--    folds them into one row per key once more have gathered than the last fold left (at least 10,000; at most one
--    fold at a time; a writer that finds one running goes on without waiting).

-- AlterTable
ALTER TABLE "analytics_campaign_days" DROP CONSTRAINT "analytics_campaign_days_pkey",
ADD COLUMN     "compacted" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "id" BIGSERIAL NOT NULL,
ADD CONSTRAINT "analytics_campaign_days_pkey" PRIMARY KEY ("id");

-- AlterTable
ALTER TABLE "analytics_days" DROP CONSTRAINT "analytics_days_pkey",
ADD COLUMN     "compacted" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "id" BIGSERIAL NOT NULL,
ADD CONSTRAINT "analytics_days_pkey" PRIMARY KEY ("id");

-- CreateIndex
CREATE INDEX "analytics_campaign_days_campaign_id_day_idx" ON "analytics_campaign_days"("campaign_id", "day");

-- CreateIndex
CREATE INDEX "analytics_campaign_days_compacted_idx" ON "analytics_campaign_days"("id") WHERE (compacted);

-- CreateIndex
CREATE INDEX "analytics_days_day_platform_audience_country_idx" ON "analytics_days"("day", "platform", "audience_country");

-- CreateIndex
CREATE INDEX "analytics_days_compacted_idx" ON "analytics_days"("id") WHERE (compacted);

-- Whether a totals table has gathered more rows since its last fold than the fold left (at least 10,000).
CREATE FUNCTION analytics_totals_unfolded(t regclass) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
DECLARE
  newest bigint;
  folded_first bigint;
  folded_last bigint;
BEGIN
  EXECUTE format('SELECT (SELECT max(id) FROM %1$s), (SELECT min(id) FROM %1$s WHERE compacted), (SELECT max(id) FROM %1$s WHERE compacted)', t)
    INTO newest, folded_first, folded_last;
  RETURN newest - coalesce(folded_last, 0) > greatest(10000, coalesce(folded_last - folded_first, 0));
END $$;

-- Folds the totals into one row per key (marked compacted). Rows inserted by transactions still running are not
-- visible here and stay as they are, to be folded next time. One fold at a time, and nobody waits for it.
CREATE FUNCTION analytics_compact_totals() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF NOT pg_try_advisory_xact_lock(1634626925) THEN RETURN; END IF;
  WITH gone AS (DELETE FROM analytics_days RETURNING day, platform, audience_country, sightings, views, shares, reactions)
  INSERT INTO analytics_days (compacted, day, platform, audience_country, sightings, views, shares, reactions)
  SELECT true, day, platform, audience_country, sum(sightings), sum(views), sum(shares), sum(reactions)
  FROM gone GROUP BY day, platform, audience_country
  HAVING sum(sightings) <> 0 OR sum(views) <> 0 OR sum(shares) <> 0 OR sum(reactions) <> 0
  ORDER BY day, platform, audience_country;
  WITH gone AS (DELETE FROM analytics_campaign_days RETURNING campaign_id, day, sightings, views, shares, reactions)
  INSERT INTO analytics_campaign_days (compacted, campaign_id, day, sightings, views, shares, reactions)
  SELECT true, campaign_id, day, sum(sightings), sum(views), sum(shares), sum(reactions)
  FROM gone GROUP BY campaign_id, day
  HAVING sum(sightings) <> 0 OR sum(views) <> 0 OR sum(shares) <> 0 OR sum(reactions) <> 0
  ORDER BY campaign_id, day;
END $$;

CREATE OR REPLACE FUNCTION analytics_refresh_items(ids uuid[]) RETURNS void LANGUAGE plpgsql
SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  old_cells analytics_cells[];
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  -- Serialise with every other writer of these items on their own rows (taken in id order).
  PERFORM 1 FROM items WHERE id = ANY(ids) ORDER BY id FOR NO KEY UPDATE;

  -- The old cells, kept to be subtracted from the totals together with the new ones added (netted by key below).
  WITH gone AS (DELETE FROM analytics_cells WHERE item_id = ANY(ids) RETURNING *)
  SELECT coalesce(array_agg(gone), '{}') INTO old_cells FROM gone;

  DELETE FROM analytics_items WHERE item_id = ANY(ids);
  -- One pass over the items' sightings, read by item_id only; deleted ones are dropped after the read, behind the
  -- MATERIALIZED fence, on purpose: with `deleted_at IS NULL` in the scan the planner picks the partial live-sightings
  -- index on a table whose statistics predate a seed or import (it was empty then) — a scan of every live sighting
  -- per batch, which made imports 7× slower.
  WITH everything AS MATERIALIZED (
    SELECT s.id, s.item_id, s.observed_at, s.platform, s.audience_country, s.views, s.shares, s.reactions, s.deleted_at
    FROM sightings s WHERE s.item_id = ANY(ids)),
  live AS MATERIALIZED (
    SELECT s.id, s.item_id, s.observed_at, (s.observed_at AT TIME ZONE 'UTC')::date AS day, coalesce(s.platform, '') AS platform,
      s.audience_country::text AS country, s.views, s.shares, s.reactions
    FROM everything s WHERE s.deleted_at IS NULL),
  facts AS MATERIALIZED (
    SELECT i.id, i.platform, i.language, i.verdict, i.target_countries,
      coalesce((SELECT array_agg(DISTINCT ic.campaign_id ORDER BY ic.campaign_id) FROM item_campaigns ic
        WHERE ic.item_id = i.id AND ic.status = 'confirmed'), '{}') AS campaign_ids
    FROM items i WHERE i.id = ANY(ids) AND i.deleted_at IS NULL),
  per_day AS (
    SELECT l.item_id, l.day, count(*)::int AS n, min(l.observed_at) AS first_at,
      (array_agg(coalesce(l.country, '') ORDER BY l.observed_at, l.id))[1] AS first_country,
      (sum(count(*)) OVER (PARTITION BY l.item_id ORDER BY l.day))::int AS running
    FROM live l GROUP BY l.item_id, l.day),
  per_item AS (
    SELECT d.item_id, sum(d.n)::int AS sightings, range_agg(daterange(d.day, d.day + 1)) AS days_seen,
      array_agg(d.day ORDER BY d.day) AS day_list, array_prepend(0, array_agg(d.running ORDER BY d.day)) AS day_cumulative,
      array_agg(d.first_at ORDER BY d.day) AS day_first_at, array_agg(d.first_country ORDER BY d.day) AS day_first_country
    FROM per_day d GROUP BY d.item_id),
  firsts AS (
    SELECT DISTINCT ON (l.item_id) l.item_id, l.observed_at, l.id, l.country FROM live l ORDER BY l.item_id, l.observed_at, l.id),
  new_items AS (
    INSERT INTO analytics_items (item_id, item_platform, language, verdict, target_countries, campaign_ids, sightings,
      first_seen_at, first_sighting_id, first_country, debunked_at, days_seen, day_list, day_cumulative, day_first_at,
      day_first_country)
    SELECT f.id, f.platform, f.language, f.verdict, f.target_countries, f.campaign_ids, coalesce(p.sightings, 0),
      x.observed_at, x.id, x.country, analytics_debunked_at(f.id), coalesce(p.days_seen, '{}'), coalesce(p.day_list, '{}'),
      coalesce(p.day_cumulative, '{0}'), coalesce(p.day_first_at, '{}'), coalesce(p.day_first_country, '{}')
    FROM facts f LEFT JOIN per_item p ON p.item_id = f.id LEFT JOIN firsts x ON x.item_id = f.id),
  fresh AS (
    INSERT INTO analytics_cells (item_id, day, platform, audience_country, sightings, views, shares, reactions, first_at,
      first_sighting_id, item_platform, language, verdict, target_countries, campaign_ids)
    SELECT l.item_id, l.day, l.platform, coalesce(l.country, ''), count(*)::int, coalesce(sum(l.views), 0),
      coalesce(sum(l.shares), 0), coalesce(sum(l.reactions), 0), min(l.observed_at),
      (array_agg(l.id ORDER BY l.observed_at, l.id))[1], f.platform, f.language, f.verdict, f.target_countries, f.campaign_ids
    FROM live l JOIN facts f ON f.id = l.item_id
    GROUP BY l.item_id, l.day, l.platform, coalesce(l.country, ''), f.id, f.platform, f.language, f.verdict,
      f.target_countries, f.campaign_ids
    RETURNING *),
  -- The totals get one row per key whose sums moved: new cells minus old ones. A sighting added to an item with
  -- sightings on 30 days adds one row, not 30 subtracted and 31 added.
  change AS (
    SELECT day, platform, audience_country, sightings, views, shares, reactions, campaign_ids FROM fresh
    UNION ALL
    SELECT day, platform, audience_country, -sightings, -views, -shares, -reactions, campaign_ids FROM unnest(old_cells)),
  days AS (
    INSERT INTO analytics_days (day, platform, audience_country, sightings, views, shares, reactions)
    SELECT day, platform, audience_country, sum(sightings), sum(views), sum(shares), sum(reactions)
    FROM change GROUP BY 1, 2, 3
    HAVING sum(sightings) <> 0 OR sum(views) <> 0 OR sum(shares) <> 0 OR sum(reactions) <> 0)
  INSERT INTO analytics_campaign_days (campaign_id, day, sightings, views, shares, reactions)
  SELECT cid, day, sum(sightings), sum(views), sum(shares), sum(reactions)
  FROM change CROSS JOIN LATERAL unnest(CASE WHEN cardinality(change.campaign_ids) > 0 THEN change.campaign_ids
    ELSE ARRAY['00000000-0000-0000-0000-000000000000'::uuid] END) AS cid
  GROUP BY 1, 2
  HAVING sum(sightings) <> 0 OR sum(views) <> 0 OR sum(shares) <> 0 OR sum(reactions) <> 0;

  -- Fold once the rows added since the last fold outnumber the folded ones (and 10,000): each row is rewritten a
  -- bounded number of times however many writes come. Ids tell both counts from index ends alone.
  IF analytics_totals_unfolded('analytics_days') OR analytics_totals_unfolded('analytics_campaign_days') THEN
    PERFORM analytics_compact_totals();
  END IF;
END $$;

-- The rows there are already one per key.
UPDATE analytics_days SET compacted = true;
UPDATE analytics_campaign_days SET compacted = true;
