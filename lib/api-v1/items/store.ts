import type { Item, Prisma } from "../../generated/prisma/client";
import { textFingerprint } from "../../ingest/fingerprint";
import { refreshDerivedColumns } from "../../sightings/derived";
import { uniqueConflict, versionLock, type ResourceStore } from "../crud";
import { iso, isoRequired } from "../fields";
import { resourceService } from "../service";
import { canonicalField } from "../sightings/store";
import type { ItemDto, UpdateItemBody } from "./schemas";

type Tx = Prisma.TransactionClient;
export type ItemRow = Omit<Item, "textMinhash" | "lshBands">;
type Patch = Omit<UpdateItemBody, "version">;

/** The fingerprint columns are for the duplicate finder; they are neither sent nor audited. */
const OMIT = { textMinhash: true, lshBands: true } as const;

/** What an edit must also rewrite: the canonical URL when the URL changes, the fingerprint when the words do. */
async function derivedPatch(tx: Tx, id: string, data: Patch): Promise<Prisma.ItemUpdateManyMutationInput> {
  const { url, targetCountries, ...rest } = data;
  const patch: Prisma.ItemUpdateManyMutationInput = { ...rest };
  if (targetCountries) patch.targetCountries = [...new Set(targetCountries)];
  if (url !== undefined) {
    const canonical = canonicalField(url, "url");
    patch.originalUrl = canonical?.original ?? null;
    patch.canonicalUrl = canonical?.canonical ?? null;
  }
  if (data.title !== undefined || data.text !== undefined) {
    const current = await tx.item.findUniqueOrThrow({ where: { id }, select: { title: true, text: true } });
    const fingerprint = textFingerprint(data.title === undefined ? current.title : data.title, data.text === undefined ? current.text : data.text);
    patch.textMinhash = fingerprint.minhash;
    patch.lshBands = fingerprint.bands;
  }
  return patch;
}

/** Created only through lib/ingest (logSighting), so dedup and fingerprints have one implementation. */
export const itemStore: ResourceStore<ItemRow, never, Patch> = {
  entityType: "item",
  label: "Item",
  find: (tx, id) => tx.item.findUnique({ where: { id }, omit: OMIT }),
  async patchIf(tx, id, lock, data) {
    const patch = await derivedPatch(tx, id, data);
    const { count } = await tx.item
      .updateMany({ where: versionLock(id, lock), data: { ...patch, version: { increment: 1 } } })
      .catch((e: unknown) => uniqueConflict(e, "url", "item"));
    return count;
  },
  async setDeletedAt(tx, id, at) {
    await tx.item.update({ where: { id }, data: { deletedAt: at }, select: { id: true } });
  },
  async afterWrite(tx, row) {
    // Campaign first/last seen count only live items.
    await refreshDerivedColumns(tx, { itemIds: [row.id] });
  },
};

export function toItemDto(i: ItemRow): ItemDto {
  return {
    ...i,
    publishedAt: iso(i.publishedAt),
    firstSeenAt: iso(i.firstSeenAt),
    lastSeenAt: iso(i.lastSeenAt),
    createdAt: isoRequired(i.createdAt),
    updatedAt: isoRequired(i.updatedAt),
    deletedAt: iso(i.deletedAt),
  };
}

export const items = resourceService(itemStore, toItemDto);
