-- Migration 20261126083229_campaign_counts_title_index
-- AlterTable
ALTER TABLE "campaigns" ADD COLUMN     "item_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sighting_count" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "items_title_idx" ON "items"("title");

-- Backfill (written by hand): existing campaigns get their counts at once instead of at their next sighting.
UPDATE "campaigns" AS c
SET "item_count" = agg.items, "sighting_count" = agg.sightings
FROM (
  SELECT ic.campaign_id, count(i.id)::int AS items, coalesce(sum(i.sighting_count), 0)::int AS sightings
  FROM "item_campaigns" AS ic
  JOIN "items" AS i ON i.id = ic.item_id AND i.deleted_at IS NULL
  WHERE ic.status = 'confirmed'
  GROUP BY ic.campaign_id
) AS agg
WHERE c.id = agg.campaign_id;
