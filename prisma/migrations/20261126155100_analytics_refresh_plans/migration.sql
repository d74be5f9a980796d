-- Migration 20261126155100_analytics_refresh_plans
-- analytics_refresh_items as first landed made bulk imports ~7x slower (1,156 -> 156 rows/s, 20k rows, PostgreSQL):
-- its plpgsql statements got cached generic plans that guess one row per CTE (nested loops over a whole batch, i.e.
-- quadratic) and read sightings through the partial live index on statistics that predate the import. The function
-- is replaced: planned per call for its own array, sightings read by item_id behind a MATERIALIZED fence.

-- Recomputes the rollups of the given items from their rows: their cells and facts are replaced, and the cross-item
-- day totals get the difference (subtract the old cells, add the new). Concurrent writers of the same item are
-- serialised by an advisory lock, so each recomputation sees the other's committed rows; the totals are only ever
-- changed by additions, which commute. The locks are per bucket of items (256 buckets, taken in order), not per item:
-- a seed or import batch of thousands of items would otherwise exhaust the lock table.
-- Its statements join sets of a batch's size (one item to thousands). A cached generic plan guesses 1 row for every
-- CTE and nests loops over them: quadratic in the batch (imports ran 7x slower). So each call is planned for its own
-- array.
CREATE OR REPLACE FUNCTION analytics_refresh_items(ids uuid[]) RETURNS void LANGUAGE plpgsql
SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(1634626924, b.bucket)
  FROM (SELECT DISTINCT hashtext(id::text) & 255 AS bucket FROM unnest(ids) AS id ORDER BY 1) b;

  WITH gone AS (DELETE FROM analytics_cells WHERE item_id = ANY(ids) RETURNING *),
  per_day AS (
    SELECT day, platform, audience_country, sum(sightings) AS n, sum(views) AS v, sum(shares) AS sh, sum(reactions) AS r
    FROM gone GROUP BY 1, 2, 3),
  per_campaign AS (
    SELECT cid, day, sum(sightings) AS n, sum(views) AS v, sum(shares) AS sh, sum(reactions) AS r
    FROM gone CROSS JOIN LATERAL unnest(CASE WHEN cardinality(gone.campaign_ids) > 0 THEN gone.campaign_ids
      ELSE ARRAY['00000000-0000-0000-0000-000000000000'::uuid] END) AS cid
    GROUP BY 1, 2),
  days AS (
    UPDATE analytics_days d SET sightings = d.sightings - p.n, views = d.views - p.v, shares = d.shares - p.sh,
      reactions = d.reactions - p.r
    FROM per_day p WHERE (d.day, d.platform, d.audience_country) = (p.day, p.platform, p.audience_country))
  UPDATE analytics_campaign_days d SET sightings = d.sightings - p.n, views = d.views - p.v, shares = d.shares - p.sh,
    reactions = d.reactions - p.r
  FROM per_campaign p WHERE (d.campaign_id, d.day) = (p.cid, p.day);

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
  days AS (
    INSERT INTO analytics_days AS d (day, platform, audience_country, sightings, views, shares, reactions)
    SELECT day, platform, audience_country, sum(sightings), sum(views), sum(shares), sum(reactions)
    FROM fresh GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (day, platform, audience_country) DO UPDATE SET sightings = d.sightings + excluded.sightings,
      views = d.views + excluded.views, shares = d.shares + excluded.shares, reactions = d.reactions + excluded.reactions)
  INSERT INTO analytics_campaign_days AS d (campaign_id, day, sightings, views, shares, reactions)
  SELECT cid, day, sum(sightings), sum(views), sum(shares), sum(reactions)
  FROM fresh CROSS JOIN LATERAL unnest(CASE WHEN cardinality(fresh.campaign_ids) > 0 THEN fresh.campaign_ids
    ELSE ARRAY['00000000-0000-0000-0000-000000000000'::uuid] END) AS cid
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (campaign_id, day) DO UPDATE SET sightings = d.sightings + excluded.sightings,
    views = d.views + excluded.views, shares = d.shares + excluded.shares, reactions = d.reactions + excluded.reactions;
END $$;
