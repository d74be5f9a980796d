import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { Principal } from "../../auth/principal";
import { CAMPAIGN_ROW_INCLUDE, campaignService, toCampaignDto, toCampaignRow } from "../../campaigns/campaign-store";
import { afterCursor, CURSOR_ORDER, toPage } from "../cursor";
import { deletedFilter } from "../list-query";
import type { ListCampaignsQuery } from "./schemas";

/** /api/v1/campaigns: the campaign writes of lib/campaigns (one implementation), in the REST API's shape. */
export const campaigns = campaignService;

export async function listCampaigns(prisma: PrismaClient, query: ListCampaignsQuery, principal: Principal) {
  const where: Prisma.CampaignWhereInput = {
    ...deletedFilter(query.includeDeleted, principal),
    ...(query.status ? { status: query.status } : {}),
    ...(query.country ? { targetCountries: { has: query.country } } : {}),
    ...(query.originCountry ? { originCountry: query.originCountry } : {}),
    ...(query.updatedSince ? { updatedAt: { gte: query.updatedSince } } : {}),
    ...(query.q ? { OR: [{ name: { contains: query.q, mode: "insensitive" } }, { aliases: { has: query.q } }] } : {}),
  };
  const rows = await prisma.campaign.findMany({
    where: { AND: [where, afterCursor(query.cursor)] },
    orderBy: CURSOR_ORDER,
    take: query.limit + 1,
    include: CAMPAIGN_ROW_INCLUDE,
  });
  return toPage(rows.map(toCampaignRow), query.limit, toCampaignDto);
}
