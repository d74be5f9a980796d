-- Migration 20261126080256_live_row_indexes
-- CreateIndex
CREATE INDEX "items_live_idx" ON "items"("sighting_count") WHERE (deleted_at IS NULL);

-- CreateIndex
CREATE INDEX "sightings_live_observed_at_idx" ON "sightings"("observed_at") WHERE (deleted_at IS NULL);
