-- Migration 20261126141938_export_live_item_ids
-- CreateIndex
CREATE INDEX "items_live_id_idx" ON "items"("id") WHERE (deleted_at IS NULL);
