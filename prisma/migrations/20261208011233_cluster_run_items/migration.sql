-- Migration 20261208011233_cluster_run_items
-- CreateTable
CREATE TABLE "cluster_run_items" (
    "run_id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "content_cluster" INTEGER NOT NULL,
    "top_reason" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "cluster_run_items_pkey" PRIMARY KEY ("run_id","item_id")
);

-- AddForeignKey
ALTER TABLE "cluster_run_items" ADD CONSTRAINT "cluster_run_items_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "cluster_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
