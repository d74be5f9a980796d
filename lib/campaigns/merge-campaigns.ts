import type { ItemCampaign, LinkStatus, PrismaClient } from "../generated/prisma/client";
import { recordAudit, type Actor } from "../audit/record-audit";
import { fieldError } from "../ingest/field-error";
import { refreshDerivedColumns } from "../sightings/derived";
import { bySlugOrId } from "./campaign-names";
import { findCampaignRow } from "./campaign-store";
import { CAMPAIGN_TX, claimVersion, liveCampaign, lockCampaigns } from "./campaign-locks";
import type { MergeCampaignBody } from "./schemas";


/** A person's decision outranks a machine's suggestion; a confirmation outranks a rejection of the same pair. */
const RANK: Record<LinkStatus, number> = { confirmed: 3, rejected: 2, suggested: 1 };

/** Of two links of one item (the merged campaign's and the survivor's), the one the survivor keeps. */
export function strongerLink<L extends Pick<ItemCampaign, "status" | "confidence">>(mine: L, theirs: L): L {
  if (RANK[mine.status] !== RANK[theirs.status]) return RANK[mine.status] > RANK[theirs.status] ? mine : theirs;
  return mine.confidence >= theirs.confidence ? mine : theirs;
}

/** Names the survivor gains: the merged campaign's name and aliases, less any it already answers to (any case). */
export function mergedAliases(survivor: { name: string; aliases: string[] }, merged: { name: string; aliases: string[] }): string[] {
  const seen = new Set([survivor.name, ...survivor.aliases].map((a) => a.toLocaleLowerCase()));
  const out = [...survivor.aliases];
  for (const alias of [merged.name, ...merged.aliases]) {
    const key = alias.toLocaleLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(alias);
    }
  }
  return out.slice(0, 50);
}

/**
 * Folds campaign `id` into `intoId`, in one transaction: the merged campaign points at the survivor (mergedIntoId)
 * and leaves the lists; its item links move over — an item linked to both keeps one link, the stronger decision;
 * its name and aliases become the survivor's aliases; countries, techniques and sources are joined; counts are
 * recomputed. Both campaigns get an audit event with before → after.
 */
export async function mergeCampaigns(prisma: PrismaClient, id: string, { version, into }: MergeCampaignBody, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const target = await tx.campaign.findFirst({ where: bySlugOrId(into), select: { id: true, deletedAt: true, mergedIntoId: true } });
    if (!target) throw fieldError("into", "no such campaign");
    if (target.id === id) throw fieldError("into", "cannot merge a campaign into itself");
    await lockCampaigns(tx, [id, target.id]);
    await liveCampaign(tx, id);
    if (target.mergedIntoId) throw fieldError("into", "was itself merged into another campaign: merge into that one");
    if (target.deletedAt) throw fieldError("into", "is a deleted campaign");
    const body = { version, intoId: target.id };
    const [sourceBefore, targetBefore] = [(await findCampaignRow(tx, id))!, (await findCampaignRow(tx, body.intoId))!];

    await claimVersion(tx, id, body.version, { mergedIntoId: body.intoId, deletedAt: new Date() });

    const links = await tx.itemCampaign.findMany({ where: { campaignId: id } });
    const twins = new Map(
      (await tx.itemCampaign.findMany({ where: { campaignId: body.intoId, itemId: { in: links.map((l) => l.itemId) } } })).map((l) => [l.itemId, l]),
    );
    const moved = links.filter((l) => !twins.has(l.itemId)).map((l) => l.itemId);
    if (moved.length) await tx.itemCampaign.updateMany({ where: { campaignId: id, itemId: { in: moved } }, data: { campaignId: body.intoId } });
    const combined: string[] = [];
    for (const link of links) {
      const twin = twins.get(link.itemId);
      if (!twin) continue;
      const winner = strongerLink(link, twin);
      const confidence = Math.max(link.confidence, twin.confidence);
      if (winner === twin && confidence === twin.confidence) continue;
      const { status, reasons, evidence, decidedById, decidedAt } = winner;
      await tx.itemCampaign.update({
        where: { itemId_campaignId: { itemId: link.itemId, campaignId: body.intoId } },
        data: { status, reasons: reasons ?? [], evidence, decidedById, decidedAt, confidence },
      });
      combined.push(link.itemId);
    }

    await tx.campaign.update({
      where: { id: body.intoId },
      data: {
        aliases: mergedAliases(targetBefore, sourceBefore),
        targetCountries: [...new Set([...targetBefore.targetCountries, ...sourceBefore.targetCountries])],
        originCountry: targetBefore.originCountry ?? sourceBefore.originCountry,
        threatActorId: targetBefore.threatActorId ?? sourceBefore.threatActorId,
        version: { increment: 1 },
      },
    });
    const addedById = actor.kind === "system" ? null : actor.userId;
    await tx.campaignTechnique.createMany({ data: sourceBefore.techniques.map((techniqueId) => ({ campaignId: body.intoId, techniqueId, addedById })), skipDuplicates: true });
    await tx.campaignSource.createMany({ data: sourceBefore.sourceIds.map((sourceId) => ({ campaignId: body.intoId, sourceId })), skipDuplicates: true });
    await refreshDerivedColumns(tx, { itemIds: links.map((l) => l.itemId) });
    // The refresh reaches a campaign through its links; with none left, the merged campaign counts nothing.
    if (moved.length === links.length) {
      await tx.campaign.update({ where: { id }, data: { itemCount: 0, sightingCount: 0, firstSeenAt: null, lastSeenAt: null } });
    }

    const [sourceAfter, targetAfter] = [(await findCampaignRow(tx, id))!, (await findCampaignRow(tx, body.intoId))!];
    const linkChanges = { movedItemIds: moved, combinedItemIds: combined };
    await recordAudit(tx, actor, { action: "merge", entityType: "campaign", entityId: id, before: sourceBefore, after: { ...sourceAfter, ...linkChanges } });
    await recordAudit(tx, actor, { action: "merge", entityType: "campaign", entityId: body.intoId, before: targetBefore, after: { ...targetAfter, mergedFromId: id, ...linkChanges } });
    return { id: targetAfter.id, slug: targetAfter.slug, version: targetAfter.version, movedItems: moved.length, combinedItems: combined.length };
  }, CAMPAIGN_TX);
}
