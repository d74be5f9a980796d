-- Migration 20261207232643_languages_platforms_sighting_variants
-- Several languages per item (BCP 47 list, marked when only detected), one platform vocabulary (lib/codes/platforms.ts:
-- unknown names become "other" and keep the raw name), and per-sighting variants so a merge loses nothing
-- (the sighting's own archive copy, title and text as written there). Written by hand around Prisma's diff: the data
-- moves before the old column goes.

-- Items: language → languages
ALTER TABLE "items" ADD COLUMN "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "languages_detected" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "platform_raw" TEXT;
UPDATE "items" SET "languages" = ARRAY["language"] WHERE "language" IS NOT NULL;

-- The search vector follows the main (first) language.
CREATE OR REPLACE FUNCTION sightline_items_search_vector() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  cfg regconfig := sightline_ts_config(NEW.languages[1]);
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector(cfg, coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector(cfg, coalesce(NEW.text, '')), 'B') ||
    CASE WHEN cfg = 'simple'::regconfig THEN ''::tsvector
      ELSE setweight(to_tsvector('simple', coalesce(NEW.title, '') || ' ' || coalesce(NEW.text, '')), 'D') END;
  RETURN NEW;
END
$$;
DROP TRIGGER items_search_vector_update ON "items";

DROP INDEX "items_language_idx";
ALTER TABLE "items" DROP COLUMN "language";
CREATE INDEX "items_languages_idx" ON "items" USING GIN ("languages");
CREATE TRIGGER items_search_vector_update
  BEFORE INSERT OR UPDATE OF title, text, languages ON "items"
  FOR EACH ROW EXECUTE FUNCTION sightline_items_search_vector();

-- Sightings: their own archive copy and the title/text as written where they were seen.
ALTER TABLE "sightings" ADD COLUMN "archive_url" TEXT,
ADD COLUMN "platform_raw" TEXT,
ADD COLUMN "text" TEXT,
ADD COLUMN "title" TEXT;

-- Analytics rollups carry the list; "language=pl" means "has pl". Triggers first, so the updates below see them.
CREATE OR REPLACE FUNCTION analytics_items_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    -- A new item has no sightings or links yet (they reference it): its row is its facts alone, no recomputation.
    INSERT INTO analytics_items (item_id, item_platform, languages, verdict, target_countries, campaign_ids, sightings,
      debunked_at, days_seen, day_list, day_cumulative, day_first_at, day_first_country)
    SELECT n.id, n.platform, n.languages, n.verdict, n.target_countries, '{}', 0, analytics_debunked_at(n.id), '{}', '{}',
      '{0}', '{}', '{}'
    FROM new_rows n WHERE n.deleted_at IS NULL;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM analytics_refresh_items(ARRAY(SELECT id FROM old_rows));
  ELSE
    PERFORM analytics_refresh_items(ARRAY(
      SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.platform, o.languages, o.verdict, o.target_countries, o.deleted_at)
        IS DISTINCT FROM (n.platform, n.languages, n.verdict, n.target_countries, n.deleted_at)));
  END IF;
  RETURN NULL;
END $$;

ALTER TABLE "analytics_cells" ADD COLUMN "languages" TEXT[];
ALTER TABLE "analytics_items" ADD COLUMN "languages" TEXT[];
UPDATE "analytics_cells" c SET "languages" = i.languages FROM "items" i WHERE i.id = c.item_id;
UPDATE "analytics_items" a SET "languages" = i.languages FROM "items" i WHERE i.id = a.item_id;
ALTER TABLE "analytics_cells" DROP COLUMN "language";
ALTER TABLE "analytics_items" DROP COLUMN "language";

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
    SELECT i.id, i.platform, i.languages, i.verdict, i.target_countries,
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
    INSERT INTO analytics_items (item_id, item_platform, languages, verdict, target_countries, campaign_ids, sightings,
      first_seen_at, first_sighting_id, first_country, debunked_at, days_seen, day_list, day_cumulative, day_first_at,
      day_first_country)
    SELECT f.id, f.platform, f.languages, f.verdict, f.target_countries, f.campaign_ids, coalesce(p.sightings, 0),
      x.observed_at, x.id, x.country, analytics_debunked_at(f.id), coalesce(p.days_seen, '{}'), coalesce(p.day_list, '{}'),
      coalesce(p.day_cumulative, '{0}'), coalesce(p.day_first_at, '{}'), coalesce(p.day_first_country, '{}')
    FROM facts f LEFT JOIN per_item p ON p.item_id = f.id LEFT JOIN firsts x ON x.item_id = f.id),
  fresh AS (
    INSERT INTO analytics_cells (item_id, day, platform, audience_country, sightings, views, shares, reactions, first_at,
      first_sighting_id, item_platform, languages, verdict, target_countries, campaign_ids)
    SELECT l.item_id, l.day, l.platform, coalesce(l.country, ''), count(*)::int, coalesce(sum(l.views), 0),
      coalesce(sum(l.shares), 0), coalesce(sum(l.reactions), 0), min(l.observed_at),
      (array_agg(l.id ORDER BY l.observed_at, l.id))[1], f.platform, f.languages, f.verdict, f.target_countries, f.campaign_ids
    FROM live l JOIN facts f ON f.id = l.item_id
    GROUP BY l.item_id, l.day, l.platform, coalesce(l.country, ''), f.id, f.platform, f.languages, f.verdict,
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

-- Platforms through the vocabulary: codes stay, aliases (twitter → x) become codes, anything else becomes "other"
-- keeping its name. The alias table mirrors normalisePlatform (lib/codes/platforms.ts; its test checks the mirror).
CREATE TEMP TABLE platform_aliases (folded text PRIMARY KEY, code text NOT NULL) ON COMMIT DROP;
INSERT INTO platform_aliases VALUES ('twitter', 'x'), ('xcom', 'x'), ('twittercom', 'x'), ('xtwitter', 'x'), ('twitterx', 'x'), ('tweet', 'x'), ('tweets', 'x'), ('yt', 'youtube'), ('youtubecom', 'youtube'), ('youtubeshorts', 'youtube'), ('youtu', 'youtube'), ('tg', 'telegram'), ('tme', 'telegram'), ('telegramchannel', 'telegram'), ('fb', 'facebook'), ('facebookcom', 'facebook'), ('meta', 'facebook'), ('ig', 'instagram'), ('insta', 'instagram'), ('instagramcom', 'instagram'), ('tiktokcom', 'tiktok'), ('douyin', 'tiktok'), ('vkontakte', 'vk'), ('vkcom', 'vk'), ('вконтакте', 'vk'), ('вк', 'vk'), ('odnoklassniki', 'ok'), ('okru', 'ok'), ('одноклассники', 'ok'), ('bsky', 'bluesky'), ('blueskysocial', 'bluesky'), ('truthsocial', 'truth_social'), ('truth', 'truth_social'), ('gabcom', 'gab'), ('wa', 'whatsapp'), ('wechatcom', 'wechat'), ('sinaweibo', 'weibo'), ('web', 'website'), ('site', 'website'), ('websites', 'website'), ('webpage', 'website'), ('webpages', 'website'), ('newssite', 'website'), ('newswebsite', 'website'), ('onlinemedia', 'website'), ('onlinenews', 'website'), ('blog', 'website'), ('blogs', 'website'), ('news', 'website'), ('article', 'website'), ('internet', 'website'), ('media', 'website'), ('mail', 'email'), ('emails', 'email'), ('newsletter', 'email'), ('television', 'tv'), ('broadcast', 'tv'), ('tvchannel', 'tv'), ('newspaper', 'print'), ('press', 'print'), ('magazine', 'print'), ('youtube', 'youtube'), ('fbcom', 'facebook'), ('fbwatch', 'facebook'), ('vkru', 'vk'), ('rumblecom', 'rumble'), ('bitchutecom', 'bitchute'), ('odyseecom', 'odysee'), ('dailymotioncom', 'dailymotion'), ('vimeocom', 'vimeo'), ('bskyapp', 'bluesky'), ('threadsnet', 'threads'), ('threadscom', 'threads'), ('redditcom', 'reddit'), ('linkedincom', 'linkedin'), ('truthsocialcom', 'truth_social'), ('gettrcom', 'gettr'), ('whatsappcom', 'whatsapp'), ('wame', 'whatsapp'), ('weibocom', 'weibo'), ('pinterestcom', 'pinterest'), ('snapchatcom', 'snapchat'), ('twitchtv', 'twitch'), ('substackcom', 'substack'), ('x', 'x'), ('telegram', 'telegram'), ('facebook', 'facebook'), ('instagram', 'instagram'), ('tiktok', 'tiktok'), ('vk', 'vk'), ('ok', 'ok'), ('rumble', 'rumble'), ('bitchute', 'bitchute'), ('odysee', 'odysee'), ('dailymotion', 'dailymotion'), ('vimeo', 'vimeo'), ('bluesky', 'bluesky'), ('threads', 'threads'), ('mastodon', 'mastodon'), ('reddit', 'reddit'), ('linkedin', 'linkedin'), ('gab', 'gab'), ('gettr', 'gettr'), ('whatsapp', 'whatsapp'), ('viber', 'viber'), ('wechat', 'wechat'), ('weibo', 'weibo'), ('pinterest', 'pinterest'), ('snapchat', 'snapchat'), ('twitch', 'twitch'), ('substack', 'substack'), ('website', 'website'), ('email', 'email'), ('tv', 'tv'), ('radio', 'radio'), ('print', 'print');
UPDATE "items" i SET "platform" = coalesce(a.code, 'other'),
  "platform_raw" = CASE WHEN a.code IS NULL THEN i."platform" END
FROM (SELECT DISTINCT platform FROM "items" WHERE platform IS NOT NULL) p
LEFT JOIN platform_aliases a ON a.folded = lower(regexp_replace(p.platform, '[^[:alnum:]]', '', 'g'))
WHERE i.platform = p.platform AND i.platform IS DISTINCT FROM coalesce(a.code, 'other');
UPDATE "sightings" s SET "platform" = coalesce(a.code, 'other'),
  "platform_raw" = CASE WHEN a.code IS NULL THEN s."platform" END
FROM (SELECT DISTINCT platform FROM "sightings" WHERE platform IS NOT NULL) p
LEFT JOIN platform_aliases a ON a.folded = lower(regexp_replace(p.platform, '[^[:alnum:]]', '', 'g'))
WHERE s.platform = p.platform AND s.platform IS DISTINCT FROM coalesce(a.code, 'other');
-- (The rollup triggers recompute the analytics rows of every item whose platforms changed here.)
