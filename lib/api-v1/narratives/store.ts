import type { Narrative, Prisma, PrismaClient } from "../../generated/prisma/client";
import type { Principal } from "../../auth/principal";
import { uniqueConflict, updatedAtLock, type ResourceStore } from "../crud";
import { afterCursor, CURSOR_ORDER, toPage } from "../cursor";
import { iso, isoRequired } from "../fields";
import { deletedFilter } from "../list-query";
import { resourceService } from "../service";
import type { CreateNarrativeBody, ListNarrativesQuery, NarrativeDto, UpdateNarrativeBody } from "./schemas";

const taken = (e: unknown) => uniqueConflict(e, "title", "narrative");

export const narrativeStore: ResourceStore<Narrative, CreateNarrativeBody, Omit<UpdateNarrativeBody, "updatedAt">> = {
  entityType: "narrative",
  label: "Narrative",
  find: (tx, id) => tx.narrative.findUnique({ where: { id } }),
  insert: (tx, data) => tx.narrative.create({ data, select: { id: true } }).catch(taken),
  async patchIf(tx, id, lock, data) {
    const { count } = await tx.narrative.updateMany({ where: updatedAtLock(id, lock), data }).catch(taken);
    return count;
  },
  async setDeletedAt(tx, id, at) {
    await tx.narrative.update({ where: { id }, data: { deletedAt: at } });
  },
};

export function toNarrativeDto(n: Narrative): NarrativeDto {
  return { ...n, createdAt: isoRequired(n.createdAt), updatedAt: isoRequired(n.updatedAt), deletedAt: iso(n.deletedAt) };
}

export const narratives = resourceService(narrativeStore, toNarrativeDto);

export async function listNarratives(prisma: PrismaClient, query: ListNarrativesQuery, principal: Principal) {
  const where: Prisma.NarrativeWhereInput = {
    ...deletedFilter(query.includeDeleted, principal),
    ...(query.language ? { language: query.language } : {}),
    ...(query.q
      ? { OR: [{ title: { contains: query.q, mode: "insensitive" } }, { claim: { contains: query.q, mode: "insensitive" } }] }
      : {}),
  };
  const rows = await prisma.narrative.findMany({ where: { AND: [where, afterCursor(query.cursor)] }, orderBy: CURSOR_ORDER, take: query.limit + 1 });
  return toPage(rows, query.limit, toNarrativeDto);
}
