import type { Prisma } from "../../generated/prisma/client";
import { recordAudit, type Actor } from "../../audit/record-audit";
import type { EntityOutcome, EntityRef } from "./entity-writes";

type Tx = Prisma.TransactionClient;

/** Relationships between a campaign and who runs it or what it uses; links involving items go through ingest. */
export function isCampaignLink(type: string, source: EntityRef | undefined, target: EntityRef | undefined): boolean {
  if (source?.kind !== "campaign" || !target) return false;
  return (type === "attributed-to" && target.kind === "threatActor") || (type === "uses" && target.kind === "technique");
}

export async function writeCampaignLink(tx: Tx, actor: Actor, type: string, campaign: EntityRef, target: EntityRef): Promise<EntityOutcome> {
  if (type === "attributed-to") {
    const before = await tx.campaign.findUniqueOrThrow({ where: { id: campaign.id }, select: { threatActorId: true } });
    if (before.threatActorId === target.id) return { status: "merged", ref: campaign, reason: `${campaign.name} was already attributed to ${target.name}` };
    if (before.threatActorId) {
      // An import never overwrites an attribution someone made: a disagreement is for a person to settle.
      return { status: "skipped", reason: `${campaign.name} is already attributed to another threat actor; not overwritten` };
    }
    await tx.campaign.update({ where: { id: campaign.id }, data: { threatActorId: target.id, version: { increment: 1 } } });
    await recordAudit(tx, actor, { action: "update", entityType: "campaign", entityId: campaign.id, before, after: { threatActorId: target.id } });
    return { status: "created", ref: campaign, reason: `${campaign.name} attributed to ${target.name}` };
  }
  const added = await tx.campaignTechnique.createMany({
    data: [{ campaignId: campaign.id, techniqueId: target.id, addedById: actor.kind === "system" ? null : actor.userId }],
    skipDuplicates: true,
  });
  if (!added.count) return { status: "merged", ref: campaign, reason: `${campaign.name} already uses ${target.id}` };
  await recordAudit(tx, actor, { action: "link", entityType: "campaign", entityId: campaign.id, after: { technique: target.id } });
  return { status: "created", ref: campaign, reason: `${campaign.name} uses ${target.id}` };
}
