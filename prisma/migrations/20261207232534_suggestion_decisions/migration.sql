-- Migration 20261207232534_suggestion_decisions
-- AlterTable
ALTER TABLE "rejected_item_pairs" ADD COLUMN     "decision_id" UUID;

-- CreateTable
CREATE TABLE "suggestion_decisions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "suggestion_id" UUID NOT NULL,
    "decision" TEXT NOT NULL,
    "item_ids" UUID[],
    "campaign_id" UUID,
    "created_campaign" BOOLEAN NOT NULL DEFAULT false,
    "links_before" JSONB NOT NULL DEFAULT '[]',
    "suggestion_before" JSONB NOT NULL,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undone_at" TIMESTAMPTZ(3),
    "undone_by_id" UUID,

    CONSTRAINT "suggestion_decisions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "suggestion_decisions_suggestion_id_decided_at_idx" ON "suggestion_decisions"("suggestion_id", "decided_at");

-- CreateIndex
CREATE INDEX "suggestion_decisions_decided_at_idx" ON "suggestion_decisions"("decided_at" DESC);

-- CreateIndex
CREATE INDEX "rejected_item_pairs_decision_id_idx" ON "rejected_item_pairs"("decision_id");

-- AddForeignKey
ALTER TABLE "suggestion_decisions" ADD CONSTRAINT "suggestion_decisions_suggestion_id_fkey" FOREIGN KEY ("suggestion_id") REFERENCES "cluster_suggestions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
