import type { Campaign, Prisma, PrismaClient } from "../generated/prisma/client";
import { resourceService } from "../api-v1/service";
import { clashingColumn, uniqueConflict, versionLock, type ResourceStore } from "../api-v1/crud";
import { iso, isoRequired } from "../api-v1/fields";
import { ApiError } from "../http/errors";
import { assertUniqueName, bySlugOrId, freeSlug, slugify } from "./campaign-names";
import { checkTechniques, resolveThreatActor, setSources, setTechniques } from "./campaign-relations";
import type { CampaignDto, CreateCampaignBody, UpdateCampaignBody } from "./schemas";

type Tx = Prisma.TransactionClient;

/** A campaign row with its technique ids and source ids: what the audit trail records before → after. */
export type CampaignRow = Campaign & { techniques: string[]; sourceIds: string[] };
export type CampaignPatch = Omit<UpdateCampaignBody, "version">;

// Names and slugs are checked before writing; a clash here is a race with another writer, named by its column.
const taken = (e: unknown) => uniqueConflict(e, clashingColumn(e, "campaigns", ["slug", "name"], "name"), "campaign");

/** What a campaign row is read with: its technique ids and source ids. */
export const CAMPAIGN_ROW_INCLUDE = {
  techniques: { select: { techniqueId: true }, orderBy: { techniqueId: "asc" } },
  sources: { select: { sourceId: true } },
} satisfies Prisma.CampaignInclude;

type CampaignWithRelations = Prisma.CampaignGetPayload<{ include: typeof CAMPAIGN_ROW_INCLUDE }>;

export function toCampaignRow({ techniques, sources, ...campaign }: CampaignWithRelations): CampaignRow {
  return { ...campaign, techniques: techniques.map((t) => t.techniqueId), sourceIds: sources.map((s) => s.sourceId).sort() };
}

export async function findCampaignRow(tx: Tx, id: string): Promise<CampaignRow | null> {
  const row = await tx.campaign.findUnique({ where: { id }, include: CAMPAIGN_ROW_INCLUDE });
  return row && toCampaignRow(row);
}

/**
 * The one implementation of creating, editing and (soft) deleting a campaign: the REST API (/api/v1/campaigns) and
 * the app's editor (/api/campaigns) both run it through lib/api-v1/crud (transaction, audit, optimistic lock).
 * Names are unique case-insensitively; techniques must be DISARM ids; sources are matched by URL or created.
 */
export const campaignStore: ResourceStore<CampaignRow, CreateCampaignBody, CampaignPatch> = {
  entityType: "campaign",
  label: "Campaign",
  find: findCampaignRow,
  async insert(tx, data, actor) {
    const { techniques, sources, newThreatActor: _new, threatActorId: _picked, ...fields } = data;
    await assertUniqueName(tx, data.name, null);
    checkTechniques(techniques);
    const threatActorId = await resolveThreatActor(tx, data, actor);
    const slug = data.slug ?? (await freeSlug(tx, slugify(data.name) || "campaign"));
    if (data.slug && (await tx.campaign.findUnique({ where: { slug }, select: { id: true } }))) {
      throw new ApiError(409, "conflict", "Another campaign already has this slug", [{ path: "slug", message: "is already used by another campaign" }]);
    }
    const createdById = actor.kind === "system" ? null : actor.userId;
    const targetCountries = [...new Set(data.targetCountries)];
    const { id } = await tx.campaign
      .create({ data: { ...fields, slug, threatActorId, targetCountries, createdById }, select: { id: true } })
      .catch(taken);
    await setTechniques(tx, id, techniques, actor);
    await setSources(tx, id, sources, actor);
    return { id };
  },
  async patchIf(tx, id, lock, data, actor) {
    const { techniques, sources, newThreatActor: _new, threatActorId: _picked, ...fields } = data;
    if (data.name !== undefined) await assertUniqueName(tx, data.name, id);
    if (techniques) checkTechniques(techniques);
    const threatActorId = await resolveThreatActor(tx, data, actor);
    const targetCountries = data.targetCountries && [...new Set(data.targetCountries)];
    const { count } = await tx.campaign
      .updateMany({
        where: { ...versionLock(id, lock), deletedAt: null },
        data: { ...fields, targetCountries, ...(threatActorId !== undefined ? { threatActorId } : {}), version: { increment: 1 } },
      })
      .catch(taken);
    if (count === 0) return 0;
    if (techniques) await setTechniques(tx, id, techniques, actor);
    if (sources) await setSources(tx, id, sources, actor);
    return count;
  },
  async setDeletedAt(tx, id, at) {
    const row = await tx.campaign.findUniqueOrThrow({ where: { id }, select: { mergedIntoId: true } });
    if (at === null && row.mergedIntoId) {
      throw new ApiError(409, "conflict", "This campaign was merged into another one and cannot be restored; its items now belong to the survivor", [
        { path: "id", message: "is a merged campaign" },
      ]);
    }
    await tx.campaign.update({ where: { id }, data: { deletedAt: at, version: { increment: 1 } } });
  },
};

export function toCampaignDto(c: CampaignRow): CampaignDto {
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

/** get / create / update / soft delete / restore, shared by /api/v1/campaigns and /api/campaigns. */
export const campaignService = resourceService(campaignStore, toCampaignDto);

/** The id of the campaign a route names by id or slug (deleted ones too: restore needs them), or a 404. */
export async function campaignIdOf(prisma: PrismaClient, slugOrId: string): Promise<string> {
  const row = await prisma.campaign.findFirst({ where: bySlugOrId(slugOrId), select: { id: true } });
  if (!row) throw ApiError.notFound("Campaign");
  return row.id;
}
