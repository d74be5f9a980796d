import type { Person, Prisma, PrismaClient } from "../../generated/prisma/client";
import type { Principal } from "../../auth/principal";
import { fieldError } from "../../ingest/field-error";
import { uniqueConflict, updatedAtLock, type ResourceStore } from "../crud";
import { afterCursor, CURSOR_ORDER, toPage } from "../cursor";
import { iso, isoRequired } from "../fields";
import { deletedFilter } from "../list-query";
import { resourceService } from "../service";
import type { CreatePersonBody, ListPersonsQuery, PersonDto, UpdatePersonBody } from "./schemas";

type Tx = Prisma.TransactionClient;
type Patch = Omit<UpdatePersonBody, "updatedAt">;

async function checkAffiliation(tx: Tx, affiliationId: string | null | undefined) {
  if (!affiliationId) return;
  const found = await tx.organization.findFirst({ where: { id: affiliationId, deletedAt: null }, select: { id: true } });
  if (!found) throw fieldError("affiliationId", "no such organization");
}

export const personStore: ResourceStore<Person, CreatePersonBody, Patch> = {
  entityType: "person",
  label: "Person",
  find: (tx, id) => tx.person.findUnique({ where: { id } }),
  async insert(tx, data) {
    await checkAffiliation(tx, data.affiliationId);
    return tx.person.create({ data, select: { id: true } }).catch((e: unknown) => uniqueConflict(e, "wikidataId", "person"));
  },
  async patchIf(tx, id, lock, data) {
    await checkAffiliation(tx, data.affiliationId);
    const { count } = await tx.person.updateMany({ where: updatedAtLock(id, lock), data }).catch((e: unknown) => uniqueConflict(e, "wikidataId", "person"));
    return count;
  },
  async setDeletedAt(tx, id, at) {
    await tx.person.update({ where: { id }, data: { deletedAt: at } });
  },
};

export function toPersonDto(p: Person): PersonDto {
  return {
    ...p,
    createdAt: isoRequired(p.createdAt),
    updatedAt: isoRequired(p.updatedAt),
    deletedAt: iso(p.deletedAt),
  };
}

export const persons = resourceService(personStore, toPersonDto);

export async function listPersons(prisma: PrismaClient, query: ListPersonsQuery, principal: Principal) {
  const where: Prisma.PersonWhereInput = {
    ...deletedFilter(query.includeDeleted, principal),
    ...(query.country ? { country: query.country } : {}),
    ...(query.q ? { OR: [{ name: { contains: query.q, mode: "insensitive" } }, { aliases: { has: query.q } }] } : {}),
  };
  const rows = await prisma.person.findMany({
    where: { AND: [where, afterCursor(query.cursor)] },
    orderBy: CURSOR_ORDER,
    take: query.limit + 1,
  });
  return toPage(rows, query.limit, toPersonDto);
}
