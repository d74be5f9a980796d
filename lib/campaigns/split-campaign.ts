import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit, type Actor } from "../audit/record-audit";
import { ApiError } from "../http/errors";
import { refreshDerivedColumns } from "../sightings/derived";
import { campaignStore, findCampaignRow } from "./campaign-store";
import { CAMPAIGN_TX, claimVersion, liveCampaign, lockCampaigns } from "./campaign-locks";
import type { SplitCampaignBody } from "./schemas";

/**
 * Moves the chosen items (confirmed or suggested in this campaign) into a new campaign called `name`, in one
 * transaction: the new campaign inherits status, actor and countries; the links keep their status, confidence and
 * reasons; counts are recomputed for both. Audited as "create" of the new campaign and "split" of this one.
 */
export async function splitCampaign(prisma: PrismaClient, id: string, body: SplitCampaignBody, actor: Actor) {
  const itemIds = [...new Set(body.itemIds)];
  return prisma.$transaction(async (tx) => {
    await lockCampaigns(tx, [id]);
    const source = await liveCampaign(tx, id);
    const before = (await findCampaignRow(tx, id))!;
    // A stale page is told so first: what it shows as "this campaign's items" may be out of date.
    await claimVersion(tx, id, body.version);
    const links = await tx.itemCampaign.findMany({ where: { campaignId: id, itemId: { in: itemIds }, status: { not: "rejected" } }, select: { itemId: true } });
    const linked = new Set(links.map((l) => l.itemId));
    const outside = body.itemIds.flatMap((itemId, i) => (linked.has(itemId) ? [] : [{ path: `itemIds[${i}]`, message: "is not an item of this campaign" }]));
    if (outside.length) {
      throw new ApiError(422, "invalid_request", `Invalid itemIds: ${outside.length} of the chosen items are not in this campaign`, outside.slice(0, 20));
    }
    if (linked.size === (await tx.itemCampaign.count({ where: { campaignId: id, status: { not: "rejected" } } }))) {
      throw new ApiError(422, "invalid_request", "Invalid itemIds: a split must leave at least one item behind (rename the campaign instead)", [
        { path: "itemIds", message: "are all of this campaign's items" },
      ]);
    }

    const { id: newId } = await campaignStore.insert!(
      tx,
      {
        name: body.name,
        description: body.description ?? null,
        aliases: [],
        status: source.status,
        threatActorId: source.threatActorId,
        originCountry: source.originCountry,
        targetCountries: source.targetCountries,
        techniques: [],
        sources: [],
      },
      actor,
    );
    await tx.itemCampaign.updateMany({ where: { campaignId: id, itemId: { in: itemIds } }, data: { campaignId: newId } });
    // refreshDerivedColumns reaches campaigns through their items' links: the moved items reach the new campaign,
    // one item still linked here reaches this one.
    const stays = await tx.itemCampaign.findFirst({ where: { campaignId: id }, select: { itemId: true } });
    await refreshDerivedColumns(tx, { itemIds: stays ? [...itemIds, stays.itemId] : itemIds });
    const created = (await findCampaignRow(tx, newId))!;
    await recordAudit(tx, actor, { action: "create", entityType: "campaign", entityId: newId, after: { ...created, splitFromId: id, itemIds } });
    await recordAudit(tx, actor, { action: "split", entityType: "campaign", entityId: id, before, after: { ...(await findCampaignRow(tx, id))!, splitOffId: newId, movedItemIds: itemIds } });
    return { id: newId, slug: created.slug, movedItems: itemIds.length };
  }, CAMPAIGN_TX);
}
