-- Migration 20261126141549_campaign_item_countries_languages
-- AlterTable
ALTER TABLE "campaigns" ADD COLUMN     "item_countries" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "item_languages" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Backfill: the same aggregate lib/sightings/derived.ts keeps in step (countries and languages of each campaign's
-- confirmed, live items), so the campaigns list reads them instead of every linked item per request.
UPDATE "campaigns" AS c
SET "item_countries" = agg.countries, "item_languages" = agg.languages
FROM (
  SELECT id, languages,
         ARRAY(SELECT DISTINCT code FROM unnest(string_to_array(country_list, ',')) AS code WHERE code <> '' ORDER BY code) AS countries
  FROM (
    SELECT c.id,
           coalesce(array_agg(DISTINCT i.language ORDER BY i.language) FILTER (WHERE i.language IS NOT NULL), '{}') AS languages,
           string_agg(array_to_string(i.target_countries, ','), ',') AS country_list
    FROM "campaigns" AS c
    LEFT JOIN "item_campaigns" AS ic ON ic.campaign_id = c.id AND ic.status = 'confirmed'
    LEFT JOIN "items" AS i ON i.id = ic.item_id AND i.deleted_at IS NULL
    GROUP BY c.id
  ) AS grouped
) AS agg
WHERE c.id = agg.id;
