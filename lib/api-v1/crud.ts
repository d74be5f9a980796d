import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { recordAudit, type Actor } from "../audit/record-audit";
import { ApiError } from "../http/errors";

type Tx = Prisma.TransactionClient;

/**
 * What a PATCH must prove it read: the row's `version` (items, sightings, campaigns) or, for tables without a
 * version column, its `updatedAt` (exact to the millisecond, as this API returns it).
 */
export type LockToken = { version: number } | { updatedAt: Date };

export interface StoredRow {
  id: string;
  deletedAt?: Date | null;
}

/** How one table is read and written; the transaction, audit, lock and soft-delete rules live here once. */
export interface ResourceStore<Row extends StoredRow, Create, Patch> {
  entityType: string;
  label: string;
  find(tx: Tx, id: string): Promise<Row | null>;
  /** Absent where creation goes through another path (items and sightings: lib/ingest). */
  insert?(tx: Tx, data: Create, actor: Actor): Promise<{ id: string }>;
  /** Writes only while `lock` still holds (one conditional UPDATE, so racing writers cannot both win); returns rows written. */
  patchIf?(tx: Tx, id: string, lock: LockToken, data: Patch, actor: Actor): Promise<number>;
  setDeletedAt?(tx: Tx, id: string, at: Date | null): Promise<void>;
  /** Derived data to refresh after any write (e.g. an item's sighting count). */
  afterWrite?(tx: Tx, row: Row): Promise<void>;
}

const TX = { timeout: 30_000 };

export async function getResource<Row extends StoredRow>(prisma: PrismaClient, store: ResourceStore<Row, unknown, unknown>, id: string, includeDeleted = false) {
  const row = await store.find(prisma, id);
  if (!row || (row.deletedAt && !includeDeleted)) throw ApiError.notFound(store.label);
  return row;
}

export async function createResource<Row extends StoredRow, Create>(
  prisma: PrismaClient,
  store: ResourceStore<Row, Create, unknown>,
  data: Create,
  actor: Actor,
): Promise<Row> {
  const insert = store.insert;
  if (!insert) throw new ApiError(405, "method_not_allowed", `${store.label} is created through its own endpoint`);
  return prisma.$transaction(async (tx) => {
    const { id } = await insert(tx, data, actor);
    const after = (await store.find(tx, id))!;
    await recordAudit(tx, actor, { action: "create", entityType: store.entityType, entityId: id, after });
    await store.afterWrite?.(tx, after);
    return after;
  }, TX);
}

export async function updateResource<Row extends StoredRow & { version?: number; updatedAt: Date }, Patch>(
  prisma: PrismaClient,
  store: ResourceStore<Row, unknown, Patch>,
  id: string,
  lock: LockToken,
  patch: Patch,
  actor: Actor,
): Promise<Row> {
  const patchIf = store.patchIf;
  if (!patchIf) throw new ApiError(405, "method_not_allowed", `${store.label} is updated through its own path`);
  return prisma.$transaction(async (tx) => {
    const before = await store.find(tx, id);
    if (!before || before.deletedAt) throw ApiError.notFound(store.label);
    const written = isCurrent(before, lock) ? await patchIf(tx, id, lock, patch, actor) : 0;
    if (written === 0) throw staleEdit(store.label, lock, (await store.find(tx, id)) ?? before);
    const after = (await store.find(tx, id))!;
    await recordAudit(tx, actor, { action: "update", entityType: store.entityType, entityId: id, before, after });
    await store.afterWrite?.(tx, after);
    return after;
  }, TX);
}

function isCurrent(row: { version?: number; updatedAt: Date }, lock: LockToken): boolean {
  return "version" in lock ? row.version === lock.version : row.updatedAt.getTime() === lock.updatedAt.getTime();
}

function staleEdit(label: string, lock: LockToken, current: { version?: number; updatedAt: Date }): ApiError {
  const [field, yours, now] = "version" in lock
    ? ["version", String(lock.version), String(current.version)]
    : ["updatedAt", lock.updatedAt.toISOString(), current.updatedAt.toISOString()];
  return new ApiError(
    409,
    "conflict",
    `${label} was changed by someone else since you read it (your ${field} ${yours}, current ${now}). Nothing was saved: fetch it again and reapply your change.`,
    [{ path: field, message: `is stale: current ${field} is ${now}` }],
  );
}

/** DELETE sets deletedAt (idempotent: deleting a deleted row answers with it unchanged). */
export async function setDeleted<Row extends StoredRow>(
  prisma: PrismaClient,
  store: ResourceStore<Row, unknown, unknown>,
  id: string,
  deleted: boolean,
  actor: Actor,
): Promise<Row> {
  const setDeletedAt = store.setDeletedAt;
  if (!setDeletedAt) throw new ApiError(405, "method_not_allowed", `${store.label} cannot be deleted`);
  return prisma.$transaction(async (tx) => {
    const before = await store.find(tx, id);
    if (!before) throw ApiError.notFound(store.label);
    if (Boolean(before.deletedAt) === deleted) return before;
    await setDeletedAt(tx, id, deleted ? new Date() : null);
    const after = (await store.find(tx, id))!;
    await recordAudit(tx, actor, { action: deleted ? "delete" : "restore", entityType: store.entityType, entityId: id, before, after });
    await store.afterWrite?.(tx, after);
    return after;
  }, TX);
}

/**
 * Which of a table's unique columns a unique violation is about (`fallback` when it cannot tell): PGlite's adapter
 * reports the constraint's fields, node-postgres only its index name (`<table>_<column>_key`).
 */
export function clashingColumn<C extends string>(error: unknown, table: string, columns: readonly C[], fallback: C): C {
  type Cause = { originalMessage?: string; constraint?: { fields?: string[]; index?: string } };
  const cause = (error as { meta?: { driverAdapterError?: { cause?: Cause } } } | null)?.meta?.driverAdapterError?.cause;
  const index = cause?.constraint?.index ?? cause?.originalMessage ?? "";
  return columns.find((c) => cause?.constraint?.fields?.includes(c) || index.includes(`${table}_${c}_key`)) ?? fallback;
}

/** A unique index said no: a 409 that names the field instead of Prisma's generic message. */
export function uniqueConflict(error: unknown, path: string, what: string): never {
  if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002") {
    throw new ApiError(409, "conflict", `Another ${what} already has this ${path}`, [{ path, message: `is already used by another ${what}` }]);
  }
  throw error;
}

/** The WHERE of a conditional update for tables locked by updatedAt (no version column). */
export function updatedAtLock(id: string, lock: LockToken): { id: string; updatedAt: Date } {
  if (!("updatedAt" in lock)) throw new ApiError(422, "invalid_request", "Invalid updatedAt: this resource is locked by updatedAt", [{ path: "updatedAt", message: "is required" }]);
  return { id, updatedAt: lock.updatedAt };
}

/** The WHERE and version bump of a conditional update for tables with a version column. */
export function versionLock(id: string, lock: LockToken): { id: string; version: number } {
  if (!("version" in lock)) throw new ApiError(422, "invalid_request", "Invalid version: this resource is locked by version", [{ path: "version", message: "is required" }]);
  return { id, version: lock.version };
}
