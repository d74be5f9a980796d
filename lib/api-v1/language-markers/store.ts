import type { LanguageMarker, Prisma, PrismaClient } from "../../generated/prisma/client";
import type { Principal } from "../../auth/principal";
import { clashingColumn, uniqueConflict, updatedAtLock, type ResourceStore } from "../crud";
import { afterCursor, CURSOR_ORDER, toPage } from "../cursor";
import { countAnnotationsByMarker } from "./annotation-counts";
import { iso, isoRequired } from "../fields";
import { deletedFilter } from "../list-query";
import { resourceService } from "../service";
import type { CreateLanguageMarkerBody, LanguageMarkerDto, ListLanguageMarkersQuery, UpdateLanguageMarkerBody } from "./schemas";

/** Slug and name are both unique: the 409 names the one that clashed, so the form can put it under that field. */
const taken = (e: unknown) => uniqueConflict(e, clashingColumn(e, "language_markers", ["slug", "name"], "slug"), "language marker");

export const languageMarkerStore: ResourceStore<LanguageMarker, CreateLanguageMarkerBody, Omit<UpdateLanguageMarkerBody, "updatedAt">> = {
  entityType: "language_marker",
  label: "Language marker",
  find: (tx, id) => tx.languageMarker.findUnique({ where: { id } }),
  insert: (tx, data) => tx.languageMarker.create({ data: { ...data, languages: [...new Set(data.languages)] }, select: { id: true } }).catch(taken),
  async patchIf(tx, id, lock, data) {
    const patch = data.languages ? { ...data, languages: [...new Set(data.languages)] } : data;
    const { count } = await tx.languageMarker.updateMany({ where: updatedAtLock(id, lock), data: patch }).catch(taken);
    return count;
  },
  async setDeletedAt(tx, id, at) {
    await tx.languageMarker.update({ where: { id }, data: { deletedAt: at } });
  },
};

export function toLanguageMarkerDto(m: LanguageMarker): LanguageMarkerDto {
  return { ...m, createdAt: isoRequired(m.createdAt), updatedAt: isoRequired(m.updatedAt), deletedAt: iso(m.deletedAt) };
}

export const languageMarkers = resourceService(languageMarkerStore, toLanguageMarkerDto);

export async function listLanguageMarkers(prisma: PrismaClient, query: ListLanguageMarkersQuery, principal: Principal) {
  const where: Prisma.LanguageMarkerWhereInput = {
    ...deletedFilter(query.includeDeleted, principal),
    ...(query.category ? { category: query.category } : {}),
    ...(query.language ? { languages: { has: query.language } } : {}),
    ...(query.q ? { OR: [{ name: { contains: query.q, mode: "insensitive" } }, { slug: { contains: query.q.toLowerCase() } }] } : {}),
  };
  const rows = await prisma.languageMarker.findMany({ where: { AND: [where, afterCursor(query.cursor)] }, orderBy: CURSOR_ORDER, take: query.limit + 1 });
  const counts = await countAnnotationsByMarker(prisma, rows.slice(0, query.limit).map((m) => m.id));
  return toPage(rows, query.limit, (m) => ({ ...toLanguageMarkerDto(m), annotationCount: counts.get(m.id) ?? 0 }));
}
