import type { Prisma, Sighting } from "../../generated/prisma/client";
import { fieldError } from "../../ingest/field-error";
import { canonicalOrNull } from "../../ingest/fingerprint";
import { refreshDerivedColumns } from "../../sightings/derived";
import { UrlError } from "../../urls/canonical-url";
import { versionLock, type ResourceStore } from "../crud";
import { iso, isoRequired, num } from "../fields";
import { resourceService } from "../service";
import type { SightingDto, UpdateSightingBody } from "./schemas";

type Tx = Prisma.TransactionClient;
type Patch = Omit<UpdateSightingBody, "version">;

/** A URL as ingest stores it: the original, its canonical form, and the platform it implies. */
export function canonicalField(url: string | null | undefined, field: string) {
  try {
    return canonicalOrNull(url);
  } catch (error) {
    if (error instanceof UrlError) throw fieldError(field, error.message);
    throw error;
  }
}

async function urlPatch(tx: Tx, data: Patch) {
  const { url, accountId, ...rest } = data;
  if (accountId && !(await tx.account.findFirst({ where: { id: accountId, deletedAt: null }, select: { id: true } }))) {
    throw fieldError("accountId", "no such account");
  }
  if (url === undefined) return { ...rest, accountId };
  const canonical = canonicalField(url, "url");
  return { ...rest, accountId, url: canonical?.original ?? null, canonicalUrl: canonical?.canonical ?? null };
}

/** Created only through lib/ingest (logSighting); edits, deletes and restores keep the item's derived columns in step. */
export const sightingStore: ResourceStore<Sighting, never, Patch> = {
  entityType: "sighting",
  label: "Sighting",
  find: (tx, id) => tx.sighting.findUnique({ where: { id } }),
  async patchIf(tx, id, lock, data) {
    const { count } = await tx.sighting.updateMany({ where: versionLock(id, lock), data: { ...(await urlPatch(tx, data)), version: { increment: 1 } } });
    return count;
  },
  async setDeletedAt(tx, id, at) {
    await tx.sighting.update({ where: { id }, data: { deletedAt: at } });
  },
  async afterWrite(tx, row) {
    await refreshDerivedColumns(tx, { itemIds: [row.itemId] });
  },
};

export function toSightingDto(s: Sighting): SightingDto {
  const { importJobId: _job, ...rest } = s;
  return {
    ...rest,
    views: num(s.views),
    shares: num(s.shares),
    reactions: num(s.reactions),
    observedAt: isoRequired(s.observedAt),
    createdAt: isoRequired(s.createdAt),
    updatedAt: isoRequired(s.updatedAt),
    deletedAt: iso(s.deletedAt),
  };
}

export const sightings = resourceService(sightingStore, toSightingDto);
