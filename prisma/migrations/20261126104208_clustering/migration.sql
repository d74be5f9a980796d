-- Migration 20261126104208_clustering
-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('open', 'accepted', 'rejected', 'decided', 'superseded');

-- CreateTable
CREATE TABLE "cluster_runs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "status" "JobStatus" NOT NULL DEFAULT 'queued',
    "phase" TEXT,
    "total_items" INTEGER NOT NULL DEFAULT 0,
    "done_items" INTEGER NOT NULL DEFAULT 0,
    "stats" JSONB NOT NULL DEFAULT '{}',
    "weights_version" TEXT,
    "error" TEXT,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "heartbeat_at" TIMESTAMPTZ(3),

    CONSTRAINT "cluster_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cluster_suggestions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "run_id" UUID,
    "campaign_id" UUID,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" JSONB NOT NULL DEFAULT '[]',
    "status" "SuggestionStatus" NOT NULL DEFAULT 'open',
    "item_count" INTEGER NOT NULL DEFAULT 0,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cluster_suggestions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cluster_suggestion_items" (
    "suggestion_id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" JSONB NOT NULL DEFAULT '[]',
    "status" "LinkStatus" NOT NULL DEFAULT 'suggested',

    CONSTRAINT "cluster_suggestion_items_pkey" PRIMARY KEY ("suggestion_id","item_id")
);

-- CreateTable
CREATE TABLE "rejected_item_pairs" (
    "item_a_id" UUID NOT NULL,
    "item_b_id" UUID NOT NULL,
    "decided_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rejected_item_pairs_pkey" PRIMARY KEY ("item_a_id","item_b_id")
);

-- CreateTable
CREATE TABLE "graph_layout_cache" (
    "key" TEXT NOT NULL,
    "node_count" INTEGER NOT NULL,
    "positions" BYTEA NOT NULL,
    "node_ids" TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "graph_layout_cache_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "cluster_runs_status_created_at_idx" ON "cluster_runs"("status", "created_at");

-- CreateIndex
CREATE INDEX "cluster_suggestions_status_score_idx" ON "cluster_suggestions"("status", "score" DESC);

-- CreateIndex
CREATE INDEX "cluster_suggestions_campaign_id_status_idx" ON "cluster_suggestions"("campaign_id", "status");

-- CreateIndex
CREATE INDEX "cluster_suggestion_items_item_id_idx" ON "cluster_suggestion_items"("item_id");

-- CreateIndex
CREATE INDEX "rejected_item_pairs_item_b_id_idx" ON "rejected_item_pairs"("item_b_id");

-- CreateIndex
CREATE INDEX "graph_layout_cache_created_at_idx" ON "graph_layout_cache"("created_at");

-- CreateIndex
CREATE INDEX "narratives_title_trgm_idx" ON "narratives" USING GIN ("title" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "cluster_runs" ADD CONSTRAINT "cluster_runs_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster_suggestions" ADD CONSTRAINT "cluster_suggestions_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "cluster_runs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster_suggestions" ADD CONSTRAINT "cluster_suggestions_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster_suggestions" ADD CONSTRAINT "cluster_suggestions_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster_suggestion_items" ADD CONSTRAINT "cluster_suggestion_items_suggestion_id_fkey" FOREIGN KEY ("suggestion_id") REFERENCES "cluster_suggestions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rejected_item_pairs" ADD CONSTRAINT "rejected_item_pairs_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
