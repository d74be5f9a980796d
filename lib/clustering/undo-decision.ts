import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { recordAudit, type Actor } from "../audit/record-audit";
import { ApiError } from "../http/errors";
import { refreshDerivedColumns } from "../sightings/derived";
import { UNDO_WINDOW_MS } from "./decide-suggestion";
import { lockLinks, restoreLinks, type LinkBefore } from "./decision-links";

type Tx = Prisma.TransactionClient;

interface SuggestionBefore {
  status: "open";
  campaignId: string | null;
  score: number;
  itemCount: number;
  reasons: Prisma.JsonValue;
  decidedById: string | null;
  decidedAt: string | null;
}

const refuse = (message: string) => new ApiError(409, "cannot_undo", message);

/**
 * Undoes an accept or reject, in one transaction with audit events: the links it wrote go back to what they were
 * (a link it created becomes a 'suggested' one again: nothing is deleted), a campaign it created is soft-deleted,
 * the "do not group" pairs it recorded are lifted, and the suggestion is open again with the score, reasons and
 * size it had. The decision record stays, marked undone.
 *
 * Allowed for UNDO_WINDOW_MS, to the person who decided or an admin (`mayUndoOthers`), and only while nothing was
 * built on top: no later decision on the same items, no clustering run finished since (it used the decision as an
 * anchor), and the links still as the decision left them.
 */
export async function undoDecision(prisma: PrismaClient, decisionId: string, actor: Actor, mayUndoOthers: boolean) {
  return prisma.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ suggestion_id: string }[]>(Prisma.sql`
      SELECT suggestion_id::text FROM suggestion_decisions WHERE id = ${decisionId}::uuid`);
    if (!row) throw ApiError.notFound("Decision");
    // The suggestion first, as deciding does: undo and decide on one suggestion take turns.
    await tx.$queryRaw(Prisma.sql`SELECT 1 FROM cluster_suggestions WHERE id = ${row.suggestion_id}::uuid FOR UPDATE`);
    const decision = await tx.suggestionDecision.findUniqueOrThrow({ where: { id: decisionId } });
    const userId = actor.kind === "system" ? null : actor.userId;
    if (decision.undoneAt) throw refuse("This decision was already undone");
    if (!mayUndoOthers && decision.decidedById !== userId) throw new ApiError(403, "forbidden", "Not allowed: only the person who decided, or an admin, can undo a decision.");
    if (Date.now() - decision.decidedAt.getTime() > UNDO_WINDOW_MS) throw refuse(`A decision can be undone for ${UNDO_WINDOW_MS / 60_000} minutes; this one is older`);
    await assertNothingBuiltOnTop(tx, decision);
    const before = decision.suggestionBefore as unknown as SuggestionBefore;
    const links = decision.linksBefore as unknown as LinkBefore[];
    if (decision.campaignId && links.length) {
      const now = await lockLinks(tx, decision.campaignId, links.map((l) => l.itemId));
      const wrote = decision.decision === "accept" ? "confirmed" : "rejected";
      if (links.some((l) => now.get(l.itemId)?.status !== wrote)) throw refuse("Some of these links were changed since; undo is no longer possible");
      await restoreLinks(tx, decision.campaignId, links, actor);
    }
    if (decision.createdCampaign && decision.campaignId) await retireCampaign(tx, decision.campaignId, decision.itemIds, actor);
    const lifted = await tx.$executeRaw(Prisma.sql`DELETE FROM rejected_item_pairs WHERE decision_id = ${decisionId}::uuid`);
    await tx.clusterSuggestionItem.updateMany({ where: { suggestionId: decision.suggestionId, itemId: { in: decision.itemIds } }, data: { status: "suggested" } });
    const suggestion = await tx.clusterSuggestion.update({
      where: { id: decision.suggestionId },
      data: {
        status: "open", campaignId: before.campaignId, score: before.score, itemCount: before.itemCount,
        reasons: (before.reasons ?? []) as Prisma.InputJsonValue,
        decidedById: before.decidedById, decidedAt: before.decidedAt ? new Date(before.decidedAt) : null,
      },
    });
    await tx.suggestionDecision.update({ where: { id: decisionId }, data: { undoneAt: new Date(), undoneById: userId } });
    await recordAudit(tx, actor, {
      action: "clustering.suggestion.undo",
      entityType: "cluster_suggestion",
      entityId: decision.suggestionId,
      before: { decisionId, decision: decision.decision, itemIds: decision.itemIds, campaignId: decision.campaignId },
      after: { status: "open", itemCount: suggestion.itemCount, liftedPairs: lifted, campaignDeleted: decision.createdCampaign },
    });
    await refreshDerivedColumns(tx, { itemIds: decision.itemIds });
    return { id: decision.suggestionId, decisionId, status: suggestion.status, restored: decision.itemIds.length, liftedPairs: lifted };
  }, { timeout: 60_000 });
}

async function assertNothingBuiltOnTop(tx: Tx, decision: { id: string; suggestionId: string; itemIds: string[]; decidedAt: Date }) {
  const [later] = await tx.$queryRaw<{ n: number }[]>(Prisma.sql`
    SELECT count(*)::int AS n FROM suggestion_decisions
    WHERE id <> ${decision.id}::uuid AND undone_at IS NULL AND decided_at >= ${decision.decidedAt}
      AND (suggestion_id = ${decision.suggestionId}::uuid OR item_ids && ${decision.itemIds}::uuid[])`);
  if (later.n > 0) throw refuse("Someone decided on these items since; undo that decision first");
  const [run] = await tx.$queryRaw<{ n: number }[]>(Prisma.sql`
    SELECT count(*)::int AS n FROM cluster_runs WHERE status = 'completed' AND finished_at > ${decision.decidedAt}`);
  if (run.n > 0) throw refuse("A clustering run has finished since and built on this decision; undo is no longer possible");
}

/** The campaign an accept created goes (soft-deleted) with it, unless other items were confirmed in it since. */
async function retireCampaign(tx: Tx, campaignId: string, itemIds: string[], actor: Actor) {
  const [others] = await tx.$queryRaw<{ n: number }[]>(Prisma.sql`
    SELECT count(*)::int AS n FROM item_campaigns
    WHERE campaign_id = ${campaignId}::uuid AND status = 'confirmed' AND NOT (item_id = ANY(${itemIds}::uuid[]))`);
  if (others.n > 0) throw refuse("Other items were added to the campaign this decision created; undo is no longer possible");
  const before = await tx.campaign.findUniqueOrThrow({ where: { id: campaignId } });
  if (before.deletedAt) return;
  const after = await tx.campaign.update({ where: { id: campaignId }, data: { deletedAt: new Date(), version: { increment: 1 } } });
  await recordAudit(tx, actor, { action: "delete", entityType: "campaign", entityId: campaignId, before, after });
}
