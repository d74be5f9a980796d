import type { Account, Prisma, PrismaClient } from "../../generated/prisma/client";
import type { Principal } from "../../auth/principal";
import { fieldError } from "../../ingest/field-error";
import { normaliseHandle } from "../../ingest/resolve-references";
import { uniqueConflict, updatedAtLock, type ResourceStore } from "../crud";
import { afterCursor, CURSOR_ORDER, toPage } from "../cursor";
import { iso, isoRequired } from "../fields";
import { deletedFilter } from "../list-query";
import { resourceService } from "../service";
import type { AccountDto, CreateAccountBody, ListAccountsQuery, UpdateAccountBody } from "./schemas";

/** Same normalisation as ingest's find-or-create, so the API and the form never make two rows for one account. */
function handleOf(raw: string): string {
  const handle = normaliseHandle(raw);
  if (!handle) throw fieldError("handle", "is empty once the leading @ is removed");
  return handle;
}

const taken = (e: unknown) => uniqueConflict(e, "handle", "account on this platform");

export const accountStore: ResourceStore<Account, CreateAccountBody, Omit<UpdateAccountBody, "updatedAt">> = {
  entityType: "account",
  label: "Account",
  find: (tx, id) => tx.account.findUnique({ where: { id } }),
  insert: (tx, data) => tx.account.create({ data: { ...data, handle: handleOf(data.handle) }, select: { id: true } }).catch(taken),
  async patchIf(tx, id, lock, data) {
    const patch = data.handle === undefined ? data : { ...data, handle: handleOf(data.handle) };
    const { count } = await tx.account.updateMany({ where: updatedAtLock(id, lock), data: patch }).catch(taken);
    return count;
  },
  async setDeletedAt(tx, id, at) {
    await tx.account.update({ where: { id }, data: { deletedAt: at } });
  },
};

export function toAccountDto(a: Account): AccountDto {
  return { ...a, createdAt: isoRequired(a.createdAt), updatedAt: isoRequired(a.updatedAt), deletedAt: iso(a.deletedAt) };
}

export const accounts = resourceService(accountStore, toAccountDto);

export async function listAccounts(prisma: PrismaClient, query: ListAccountsQuery, principal: Principal) {
  const where: Prisma.AccountWhereInput = {
    ...deletedFilter(query.includeDeleted, principal),
    ...(query.platform ? { platform: query.platform } : {}),
    ...(query.label ? { label: query.label } : {}),
    ...(query.q
      ? { OR: [{ handle: { contains: query.q, mode: "insensitive" } }, { displayName: { contains: query.q, mode: "insensitive" } }] }
      : {}),
  };
  const rows = await prisma.account.findMany({ where: { AND: [where, afterCursor(query.cursor)] }, orderBy: CURSOR_ORDER, take: query.limit + 1 });
  return toPage(rows, query.limit, toAccountDto);
}
