import type { PrismaClient } from "../generated/prisma/client";
import { actorOf, type Principal } from "../auth/principal";
import { createResource, getResource, setDeleted, updateResource, type LockToken, type ResourceStore, type StoredRow } from "./crud";
import { deletedFilter } from "./list-query";

type LockedRow = StoredRow & { version?: number; updatedAt: Date };
type LockFields = { version: number } | { updatedAt: Date };

/** Separates the optimistic-lock token a PATCH body carries from the fields it changes. */
export function splitLock<Body extends LockFields>(body: Body): [LockToken, Omit<Body, "version" | "updatedAt">] {
  const { version, updatedAt, ...patch } = body as Body & { version?: number; updatedAt?: Date };
  const lock: LockToken = version !== undefined ? { version } : { updatedAt: updatedAt! };
  return [lock, patch as Omit<Body, "version" | "updatedAt">];
}

/**
 * get / create / update / delete / restore for one resource, in its API shape. Lists differ per resource (their
 * filters) and are written beside each store.
 */
export function resourceService<Row extends LockedRow, Create, Patch, Dto>(
  store: ResourceStore<Row, Create, Patch>,
  toDto: (row: Row) => Dto,
) {
  const anyStore = store as ResourceStore<Row, unknown, unknown>;
  return {
    async get(prisma: PrismaClient, id: string, principal: Principal, includeDeleted?: boolean): Promise<Dto> {
      const seeDeleted = deletedFilter(includeDeleted, principal).deletedAt === undefined;
      return toDto(await getResource(prisma, anyStore, id, seeDeleted));
    },
    async create(prisma: PrismaClient, data: Create, principal: Principal): Promise<Dto> {
      return toDto(await createResource(prisma, store as ResourceStore<Row, Create, unknown>, data, actorOf(principal)));
    },
    async update(prisma: PrismaClient, id: string, body: Patch & LockFields, principal: Principal): Promise<Dto> {
      const [lock, patch] = splitLock(body);
      return toDto(await updateResource(prisma, store as ResourceStore<Row, unknown, Patch>, id, lock, patch as Patch, actorOf(principal)));
    },
    async remove(prisma: PrismaClient, id: string, principal: Principal): Promise<Dto> {
      return toDto(await setDeleted(prisma, anyStore, id, true, actorOf(principal)));
    },
    async restore(prisma: PrismaClient, id: string, principal: Principal): Promise<Dto> {
      return toDto(await setDeleted(prisma, anyStore, id, false, actorOf(principal)));
    },
  };
}
