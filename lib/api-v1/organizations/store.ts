import type { Organization, Prisma, PrismaClient } from "../../generated/prisma/client";
import type { Principal } from "../../auth/principal";
import { uniqueConflict, updatedAtLock, type ResourceStore } from "../crud";
import { afterCursor, CURSOR_ORDER, toPage } from "../cursor";
import { iso, isoRequired } from "../fields";
import { deletedFilter } from "../list-query";
import { resourceService } from "../service";
import type { CreateOrganizationBody, ListOrganizationsQuery, OrganizationDto, UpdateOrganizationBody } from "./schemas";

export const organizationStore: ResourceStore<Organization, CreateOrganizationBody, Omit<UpdateOrganizationBody, "updatedAt">> = {
  entityType: "organization",
  label: "Organization",
  find: (tx, id) => tx.organization.findUnique({ where: { id } }),
  insert: (tx, data) => tx.organization.create({ data, select: { id: true } }).catch((e: unknown) => uniqueConflict(e, "name", "organization")),
  async patchIf(tx, id, lock, data) {
    const { count } = await tx.organization.updateMany({ where: updatedAtLock(id, lock), data }).catch((e: unknown) => uniqueConflict(e, "name", "organization"));
    return count;
  },
  async setDeletedAt(tx, id, at) {
    await tx.organization.update({ where: { id }, data: { deletedAt: at } });
  },
};

export function toOrganizationDto(o: Organization): OrganizationDto {
  return { ...o, createdAt: isoRequired(o.createdAt), updatedAt: isoRequired(o.updatedAt), deletedAt: iso(o.deletedAt) };
}

export const organizations = resourceService(organizationStore, toOrganizationDto);

export async function listOrganizations(prisma: PrismaClient, query: ListOrganizationsQuery, principal: Principal) {
  const where: Prisma.OrganizationWhereInput = {
    ...deletedFilter(query.includeDeleted, principal),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.country ? { country: query.country } : {}),
    ...(query.q ? { OR: [{ name: { contains: query.q, mode: "insensitive" } }, { aliases: { has: query.q } }] } : {}),
  };
  const rows = await prisma.organization.findMany({ where: { AND: [where, afterCursor(query.cursor)] }, orderBy: CURSOR_ORDER, take: query.limit + 1 });
  return toPage(rows, query.limit, toOrganizationDto);
}
