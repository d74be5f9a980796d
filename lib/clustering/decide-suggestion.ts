import { randomUUID } from "node:crypto";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { recordAudit, type Actor } from "../audit/record-audit";
import { assertUniqueName, freeSlug, slugify } from "../campaigns/campaign-names";
import { ApiError } from "../http/errors";
import { fieldError } from "../ingest/field-error";
import { refreshDerivedColumns } from "../sightings/derived";
import { setLinks, type LinkBefore } from "./decision-links";
import { recomputeSuggestion } from "./recompute-suggestion";
import type { DecideSuggestionBody } from "./schemas";
import type { Reason } from "./types";

type Tx = Prisma.TransactionClient;
export type Decision = "accept" | "reject";

/**
 * Rejecting a new-campaign candidate remembers "these items do not belong together" as item pairs. Each rejected
 * item is paired with at most this many of the candidate's best-scored members, so a huge candidate stays a
 * bounded write (the engine never puts a rejected pair in one suggestion again).
 */
const MAX_PAIRED_MEMBERS = 300;

/** How long a decision can be undone (unless someone decides on the same items later, or a run replaces it). */
export const UNDO_WINDOW_MS = 10 * 60_000;

/**
 * Accepts or rejects a suggestion, all of it or the listed items, in one transaction with audit events: accepting
 * confirms item ↔ campaign links (creating the campaign for a new-campaign candidate); rejecting records the
 * rejected links (or item pairs) so the engine never suggests them again. What it changed is kept as a decision
 * record (undo-decision.ts reads it); a partly decided suggestion's score, reasons and size are recomputed from the
 * items still open. Then derived campaign counts are refreshed.
 */
export async function decideSuggestion(prisma: PrismaClient, suggestionId: string, decision: Decision, body: DecideSuggestionBody, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT id::text FROM cluster_suggestions WHERE id = ${suggestionId}::uuid FOR UPDATE`);
    if (!locked[0]) throw ApiError.notFound("Suggestion");
    const suggestion = await tx.clusterSuggestion.findUniqueOrThrow({ where: { id: suggestionId }, include: { members: true } });
    if (suggestion.status !== "open") {
      throw new ApiError(409, "already_decided", `This suggestion is no longer open (status: ${suggestion.status})`);
    }
    const open = suggestion.members.filter((m) => m.status === "suggested");
    const chosen = body.itemIds ? pickMembers(open, body.itemIds) : open;
    if (chosen.length === 0) throw new ApiError(409, "already_decided", "Every item of this suggestion is already decided");
    const userId = actor.kind === "system" ? null : actor.userId;
    const now = new Date();
    const decisionId = randomUUID();
    let campaignId = suggestion.campaignId;
    let linksBefore: LinkBefore[] = [];
    if (decision === "accept") {
      if (!campaignId) campaignId = await createCampaign(tx, body.campaignName, actor);
      else await requireLiveCampaign(tx, campaignId);
      linksBefore = await setLinks(tx, campaignId, chosen, "confirmed", actor, now);
    } else if (campaignId) {
      linksBefore = await setLinks(tx, campaignId, chosen, "rejected", actor, now);
    } else {
      await rejectPairs(tx, chosen.map((m) => m.itemId), [...suggestion.members].sort((x, y) => y.score - x.score).map((m) => m.itemId), userId, decisionId);
    }
    const status = decision === "accept" ? "confirmed" : "rejected";
    const chosenIds = new Set(chosen.map((m) => m.itemId));
    await tx.clusterSuggestionItem.updateMany({ where: { suggestionId, itemId: { in: [...chosenIds] } }, data: { status } });
    const left = open.filter((m) => !chosenIds.has(m.itemId));
    const decidedBefore = new Set(suggestion.members.filter((m) => m.status !== "suggested").map((m) => m.status));
    const next = left.length > 0 ? "open" : decidedBefore.size === 0 || (decidedBefore.size === 1 && decidedBefore.has(status))
      ? (decision === "accept" ? "accepted" : "rejected") : "decided";
    // Still open: what it says about itself must be about the items left (a decided one keeps its last words).
    const recomputed = left.length > 0 && left.length < open.length ? recomputeSuggestion(left as unknown as RecomputeInput, suggestion.reasons as unknown as Reason[]) : null;
    await tx.clusterSuggestion.update({
      where: { id: suggestionId },
      data: {
        status: next,
        ...(next === "open" ? {} : { decidedById: userId, decidedAt: now }),
        ...(campaignId !== suggestion.campaignId ? { campaignId } : {}),
        ...(recomputed ? { score: recomputed.score, reasons: recomputed.reasons as unknown as Prisma.InputJsonValue, itemCount: recomputed.itemCount } : {}),
      },
    });
    await tx.suggestionDecision.create({
      data: {
        id: decisionId, suggestionId, decision, itemIds: [...chosenIds], campaignId, createdCampaign: campaignId !== suggestion.campaignId,
        linksBefore: linksBefore as unknown as Prisma.InputJsonValue,
        suggestionBefore: {
          status: suggestion.status, campaignId: suggestion.campaignId, score: suggestion.score, itemCount: suggestion.itemCount,
          reasons: suggestion.reasons ?? [], decidedById: suggestion.decidedById, decidedAt: suggestion.decidedAt?.toISOString() ?? null,
        },
        decidedById: userId, decidedAt: now,
      },
    });
    await recordAudit(tx, actor, {
      action: `clustering.suggestion.${decision}`,
      entityType: "cluster_suggestion",
      entityId: suggestionId,
      before: { status: suggestion.status, score: suggestion.score, itemCount: suggestion.itemCount },
      after: { status: next, campaignId, itemIds: [...chosenIds], decisionId, ...(recomputed ? { score: recomputed.score, itemCount: recomputed.itemCount } : {}) },
    });
    await refreshDerivedColumns(tx, { itemIds: [...chosenIds] });
    return {
      id: suggestionId, status: next, campaignId, decided: chosen.length, left: left.length,
      decisionId, undoableUntil: new Date(now.getTime() + UNDO_WINDOW_MS).toISOString(),
    };
  }, { timeout: 60_000 });
}

type RecomputeInput = Parameters<typeof recomputeSuggestion>[0];

function pickMembers<M extends { itemId: string }>(open: M[], itemIds: string[]): M[] {
  const byId = new Map(open.map((m) => [m.itemId, m]));
  return itemIds.map((id, i) => {
    const member = byId.get(id);
    if (!member) throw fieldError(`itemIds.${i}`, "is not an undecided item of this suggestion");
    return member;
  });
}

async function requireLiveCampaign(tx: Tx, campaignId: string) {
  const campaign = await tx.campaign.findUnique({ where: { id: campaignId }, select: { deletedAt: true, mergedIntoId: true } });
  if (!campaign || campaign.deletedAt || campaign.mergedIntoId) {
    throw new ApiError(409, "campaign_gone", "The suggested campaign was deleted or merged since; re-run clustering");
  }
}

async function createCampaign(tx: Tx, rawName: string | undefined, actor: Actor): Promise<string> {
  const name = rawName?.trim();
  if (!name) throw fieldError("campaignName", "a new campaign needs a name");
  // The campaigns' own rule (unique regardless of case), with the error naming this body's field.
  await assertUniqueName(tx, name, null).catch((error: unknown) => {
    if (error instanceof ApiError) throw new ApiError(error.status, error.code, error.message, [{ path: "campaignName", message: "is already taken" }]);
    throw error;
  });
  const slug = await freeSlug(tx, slugify(name) || "campaign");
  const campaign = await tx.campaign.create({ data: { name, slug, createdById: actor.kind === "system" ? null : actor.userId } });
  await recordAudit(tx, actor, { action: "create", entityType: "campaign", entityId: campaign.id, after: campaign });
  return campaign.id;
}

async function rejectPairs(tx: Tx, rejected: string[], rankedMembers: string[], decidedById: string | null, decisionId: string) {
  const partners = rankedMembers.slice(0, MAX_PAIRED_MEMBERS);
  const a: string[] = [];
  const b: string[] = [];
  for (const x of rejected) {
    for (const y of partners) {
      if (x === y) continue;
      a.push(x < y ? x : y);
      b.push(x < y ? y : x);
    }
  }
  for (let at = 0; at < a.length; at += 10_000) {
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO rejected_item_pairs (item_a_id, item_b_id, decided_by_id, decision_id)
      SELECT x, y, ${decidedById}::uuid, ${decisionId}::uuid FROM unnest(${a.slice(at, at + 10_000)}::uuid[], ${b.slice(at, at + 10_000)}::uuid[]) AS t(x, y)
      ON CONFLICT DO NOTHING`);
  }
}
