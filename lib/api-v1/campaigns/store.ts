import type { Campaign, Prisma, PrismaClient } from "../../generated/prisma/client";
import type { Principal } from "../../auth/principal";
import { fieldError } from "../../ingest/field-error";
import { uniqueConflict, versionLock, type ResourceStore } from "../crud";
import { afterCursor, CURSOR_ORDER, toPage } from "../cursor";
import { iso, isoRequired } from "../fields";
import { deletedFilter } from "../list-query";
import { resourceService } from "../service";
import type { CampaignDto, CreateCampaignBody, ListCampaignsQuery, UpdateCampaignBody } from "./schemas";

type Tx = Prisma.TransactionClient;
const taken = (e: unknown) => uniqueConflict(e, "name", "campaign (name and slug are unique)");

/** "Operation Overload (Matryoshka)" → "operation-overload-matryoshka". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100);
}

async function checkThreatActor(tx: Tx, id: string | null | undefined) {
  if (id && !(await tx.threatActor.findFirst({ where: { id, deletedAt: null }, select: { id: true } }))) {
    throw fieldError("threatActorId", "no such threat actor");
  }
}

export const campaignStore: ResourceStore<Campaign, CreateCampaignBody, Omit<UpdateCampaignBody, "version">> = {
  entityType: "campaign",
  label: "Campaign",
  find: (tx, id) => tx.campaign.findUnique({ where: { id } }),
  async insert(tx, data, actor) {
    await checkThreatActor(tx, data.threatActorId);
    const slug = data.slug ?? slugify(data.name);
    if (!slug) throw fieldError("slug", "cannot be derived from this name: give one");
    const createdById = actor.kind === "system" ? null : actor.userId;
    const targetCountries = [...new Set(data.targetCountries)];
    return tx.campaign.create({ data: { ...data, slug, targetCountries, createdById }, select: { id: true } }).catch(taken);
  },
  async patchIf(tx, id, lock, data) {
    await checkThreatActor(tx, data.threatActorId);
    const targetCountries = data.targetCountries && [...new Set(data.targetCountries)];
    const { count } = await tx.campaign
      .updateMany({ where: versionLock(id, lock), data: { ...data, targetCountries, version: { increment: 1 } } })
      .catch(taken);
    return count;
  },
  async setDeletedAt(tx, id, at) {
    await tx.campaign.update({ where: { id }, data: { deletedAt: at } });
  },
};

export function toCampaignDto(c: Campaign): CampaignDto {
  const { mergedIntoId: _merged, createdById: _by, ...rest } = c;
  return {
    ...rest,
    firstSeenAt: iso(c.firstSeenAt),
    lastSeenAt: iso(c.lastSeenAt),
    createdAt: isoRequired(c.createdAt),
    updatedAt: isoRequired(c.updatedAt),
    deletedAt: iso(c.deletedAt),
  };
}

export const campaigns = resourceService(campaignStore, toCampaignDto);

export async function listCampaigns(prisma: PrismaClient, query: ListCampaignsQuery, principal: Principal) {
  const where: Prisma.CampaignWhereInput = {
    ...deletedFilter(query.includeDeleted, principal),
    ...(query.status ? { status: query.status } : {}),
    ...(query.country ? { targetCountries: { has: query.country } } : {}),
    ...(query.originCountry ? { originCountry: query.originCountry } : {}),
    ...(query.updatedSince ? { updatedAt: { gte: query.updatedSince } } : {}),
    ...(query.q ? { OR: [{ name: { contains: query.q, mode: "insensitive" } }, { aliases: { has: query.q } }] } : {}),
  };
  const rows = await prisma.campaign.findMany({ where: { AND: [where, afterCursor(query.cursor)] }, orderBy: CURSOR_ORDER, take: query.limit + 1 });
  return toPage(rows, query.limit, toCampaignDto);
}
