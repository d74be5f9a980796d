-- Migration 20261126141032_analytics_rollups
-- CreateTable
CREATE TABLE "analytics_items" (
    "item_id" UUID NOT NULL,
    "item_platform" TEXT,
    "language" TEXT,
    "verdict" "Verdict" NOT NULL,
    "target_countries" TEXT[],
    "campaign_ids" UUID[],
    "sightings" INTEGER NOT NULL,
    "first_seen_at" TIMESTAMPTZ(3),
    "days_seen" datemultirange,
    "day_list" DATE[],
    "day_cumulative" INTEGER[],
    "day_first_at" TIMESTAMPTZ(3)[],
    "day_first_country" TEXT[],
    "first_sighting_id" UUID,
    "first_country" TEXT,
    "debunked_at" TIMESTAMPTZ(3),

    CONSTRAINT "analytics_items_pkey" PRIMARY KEY ("item_id")
);

-- CreateTable
CREATE TABLE "analytics_cells" (
    "item_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "platform" TEXT NOT NULL,
    "audience_country" TEXT NOT NULL,
    "sightings" INTEGER NOT NULL,
    "views" BIGINT NOT NULL,
    "shares" BIGINT NOT NULL,
    "reactions" BIGINT NOT NULL,
    "first_at" TIMESTAMPTZ(3) NOT NULL,
    "first_sighting_id" UUID NOT NULL,
    "item_platform" TEXT,
    "language" TEXT,
    "verdict" "Verdict" NOT NULL,
    "target_countries" TEXT[],
    "campaign_ids" UUID[],

    CONSTRAINT "analytics_cells_pkey" PRIMARY KEY ("item_id","day","platform","audience_country")
);

-- CreateTable
CREATE TABLE "analytics_days" (
    "day" DATE NOT NULL,
    "platform" TEXT NOT NULL,
    "audience_country" TEXT NOT NULL,
    "sightings" INTEGER NOT NULL,
    "views" BIGINT NOT NULL,
    "shares" BIGINT NOT NULL,
    "reactions" BIGINT NOT NULL,

    CONSTRAINT "analytics_days_pkey" PRIMARY KEY ("day","platform","audience_country")
);

-- CreateTable
CREATE TABLE "analytics_campaign_days" (
    "campaign_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "sightings" INTEGER NOT NULL,
    "views" BIGINT NOT NULL,
    "shares" BIGINT NOT NULL,
    "reactions" BIGINT NOT NULL,

    CONSTRAINT "analytics_campaign_days_pkey" PRIMARY KEY ("campaign_id","day")
);

-- CreateIndex
CREATE INDEX "analytics_items_first_seen_at_idx" ON "analytics_items"("first_seen_at");

-- CreateIndex
CREATE INDEX "analytics_items_campaign_ids_idx" ON "analytics_items" USING GIN ("campaign_ids");

-- CreateIndex
CREATE INDEX "analytics_cells_day_idx" ON "analytics_cells"("day");

-- CreateIndex
CREATE INDEX "analytics_cells_campaign_ids_idx" ON "analytics_cells" USING GIN ("campaign_ids");

-- ─── Maintenance ───────────────────────────────────────────────────────────────────────────────────────────────
-- Why triggers: sightings, items and links are written by the form, API v1, bulk import batches (node-postgres and
-- PGlite directly), the seed, campaign merge/split and soft delete/restore. A trigger follows every one of those paths,
-- including future ones, in the writing transaction; application code would have to remember each.
-- Statement-level triggers with transition tables: an import batch of thousands of rows refreshes its items in one
-- set-based pass, a form write refreshes one item.

-- The first debunk of an item: the earliest audit event that recorded a debunking verdict (created with it or edited to
-- it) and the earliest publication date of a linked, live fact-check source. The verdict list is
-- DEBUNKING_VERDICTS in lib/analytics/schemas.ts.
CREATE FUNCTION analytics_debunked_at(item uuid) RETURNS timestamptz LANGUAGE sql STABLE AS $$
  SELECT least(
    (SELECT min(a.at) FROM audit_events a
      WHERE a.entity_type = 'item' AND a.entity_id = item::text AND a.action IN ('create', 'update')
        AND a.after ->> 'verdict' IN ('false', 'misleading', 'manipulated', 'synthetic', 'misattributed')),
    (SELECT min(src.published_at) FROM item_sources l JOIN sources src ON src.id = l.source_id
      WHERE l.item_id = item AND src.kind = 'fact_check' AND src.published_at IS NOT NULL AND src.deleted_at IS NULL))
$$;

-- Recomputes the rollups of the given items from their rows: their cells and facts are replaced, and the cross-item
-- day totals get the difference (subtract the old cells, add the new). Concurrent writers of the same item are
-- serialised by an advisory lock, so each recomputation sees the other's committed rows; the totals are only ever
-- changed by additions, which commute. The locks are per bucket of items (256 buckets, taken in order), not per item:
-- a seed or import batch of thousands of items would otherwise exhaust the lock table.
CREATE FUNCTION analytics_refresh_items(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
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
  -- One pass over the items' sightings, read by item_id only. `IS NOT DISTINCT FROM NULL` rather than `IS NULL` on
  -- purpose: it keeps the planner off the partial live-sightings index, which it otherwise ANDs in for every item on
  -- a freshly seeded table with stale statistics (a scan of all live sightings per item, quadratic during a seed).
  WITH live AS MATERIALIZED (
    SELECT s.id, s.item_id, s.observed_at, (s.observed_at AT TIME ZONE 'UTC')::date AS day, coalesce(s.platform, '') AS platform,
      s.audience_country::text AS country, s.views, s.shares, s.reactions
    FROM sightings s WHERE s.item_id = ANY(ids) AND s.deleted_at IS NOT DISTINCT FROM NULL),
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

-- Sightings: any insert, hard delete, or change of what the rollups count (item, day, platform, country, reach, deletion).
CREATE FUNCTION analytics_sightings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM analytics_refresh_items(ARRAY(SELECT DISTINCT item_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM analytics_refresh_items(ARRAY(SELECT DISTINCT item_id FROM old_rows));
  ELSE
    PERFORM analytics_refresh_items(ARRAY(
      SELECT DISTINCT x.item_id FROM old_rows o JOIN new_rows n ON n.id = o.id
      CROSS JOIN LATERAL (VALUES (o.item_id), (n.item_id)) AS x(item_id)
      WHERE (o.item_id, o.observed_at, o.platform, o.audience_country, o.views, o.shares, o.reactions, o.deleted_at)
        IS DISTINCT FROM (n.item_id, n.observed_at, n.platform, n.audience_country, n.views, n.shares, n.reactions, n.deleted_at)));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER analytics_sightings_insert AFTER INSERT ON sightings REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION analytics_sightings_changed();
CREATE TRIGGER analytics_sightings_update AFTER UPDATE ON sightings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION analytics_sightings_changed();
CREATE TRIGGER analytics_sightings_delete AFTER DELETE ON sightings REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION analytics_sightings_changed();

-- Items: new items, soft delete and restore, and edits of the filtered facts (not the derived first/last seen or
-- counts, which the rollups compute themselves).
CREATE FUNCTION analytics_items_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    -- A new item has no sightings or links yet (they reference it): its row is its facts alone, no recomputation.
    INSERT INTO analytics_items (item_id, item_platform, language, verdict, target_countries, campaign_ids, sightings,
      debunked_at, days_seen, day_list, day_cumulative, day_first_at, day_first_country)
    SELECT n.id, n.platform, n.language, n.verdict, n.target_countries, '{}', 0, analytics_debunked_at(n.id), '{}', '{}',
      '{0}', '{}', '{}'
    FROM new_rows n WHERE n.deleted_at IS NULL;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM analytics_refresh_items(ARRAY(SELECT id FROM old_rows));
  ELSE
    PERFORM analytics_refresh_items(ARRAY(
      SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.platform, o.language, o.verdict, o.target_countries, o.deleted_at)
        IS DISTINCT FROM (n.platform, n.language, n.verdict, n.target_countries, n.deleted_at)));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER analytics_items_insert AFTER INSERT ON items REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION analytics_items_changed();
CREATE TRIGGER analytics_items_update AFTER UPDATE ON items REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION analytics_items_changed();
CREATE TRIGGER analytics_items_delete AFTER DELETE ON items REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION analytics_items_changed();

-- Confirmed campaign links (confirm, reject, merge, split): only rows that are or were confirmed matter.
CREATE FUNCTION analytics_item_campaigns_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM analytics_refresh_items(ARRAY(SELECT DISTINCT item_id FROM new_rows WHERE status = 'confirmed'));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM analytics_refresh_items(ARRAY(SELECT DISTINCT item_id FROM old_rows WHERE status = 'confirmed'));
  ELSE
    -- Not paired by key: a merge moves links by changing campaign_id, the key itself.
    PERFORM analytics_refresh_items(ARRAY(
      SELECT item_id FROM old_rows WHERE status = 'confirmed' UNION SELECT item_id FROM new_rows WHERE status = 'confirmed'));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER analytics_item_campaigns_insert AFTER INSERT ON item_campaigns REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION analytics_item_campaigns_changed();
CREATE TRIGGER analytics_item_campaigns_update AFTER UPDATE ON item_campaigns REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION analytics_item_campaigns_changed();
CREATE TRIGGER analytics_item_campaigns_delete AFTER DELETE ON item_campaigns REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION analytics_item_campaigns_changed();

-- Debunks: audit events are append-only, so a new debunking verdict event can only move the first debunk earlier.
CREATE FUNCTION analytics_audit_events_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE analytics_items a SET debunked_at = least(a.debunked_at, e.at)
  FROM (
    SELECT entity_id::uuid AS item_id, min(at) AS at FROM new_rows
    WHERE entity_type = 'item' AND action IN ('create', 'update')
      AND after ->> 'verdict' IN ('false', 'misleading', 'manipulated', 'synthetic', 'misattributed')
      AND entity_id ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
    GROUP BY 1) e
  WHERE a.item_id = e.item_id AND (a.debunked_at IS NULL OR e.at < a.debunked_at);
  RETURN NULL;
END $$;
CREATE TRIGGER analytics_audit_events_insert AFTER INSERT ON audit_events REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION analytics_audit_events_inserted();

-- Fact-check sources linked, unlinked, or re-dated / re-kinded / deleted.
CREATE FUNCTION analytics_sources_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'item_sources' THEN
    UPDATE analytics_items a SET debunked_at = analytics_debunked_at(a.item_id)
    WHERE a.item_id IN (SELECT item_id FROM changed_rows);
  ELSE
    UPDATE analytics_items a SET debunked_at = analytics_debunked_at(a.item_id)
    WHERE a.item_id IN (
      SELECT l.item_id FROM item_sources l JOIN old_rows o ON o.id = l.source_id JOIN new_rows n ON n.id = o.id
      WHERE (o.kind, o.published_at, o.deleted_at) IS DISTINCT FROM (n.kind, n.published_at, n.deleted_at));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER analytics_item_sources_insert AFTER INSERT ON item_sources REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION analytics_sources_changed();
CREATE TRIGGER analytics_item_sources_delete AFTER DELETE ON item_sources REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION analytics_sources_changed();
CREATE TRIGGER analytics_sources_update AFTER UPDATE ON sources REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION analytics_sources_changed();

-- Backfill what is already there.
SELECT analytics_refresh_items(ARRAY(SELECT id FROM items WHERE deleted_at IS NULL));
