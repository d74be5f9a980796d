import type { Item, PrismaClient } from "../../generated/prisma/client";
import { actorOf, type Principal } from "../../auth/principal";
import { setItemDeleted } from "../../items/soft-delete-item";
import { updateItem } from "../../items/update-item";
import type { UpdateItemBody } from "../../items/update-item-schema";
import { getResource, type ResourceStore } from "../crud";
import { iso, isoRequired } from "../fields";
import { resourceService } from "../service";
import type { ItemDto } from "./schemas";

export type ItemRow = Omit<Item, "textMinhash" | "lshBands">;

/** The fingerprint columns are for the duplicate finder; they are neither sent nor audited. */
const OMIT = { textMinhash: true, lshBands: true } as const;

/**
 * Items are written by the paths the item page uses too — created by lib/ingest (logSighting), edited by
 * lib/items/update-item.ts, deleted and restored by lib/items/soft-delete-item.ts — so the API and the UI share
 * one implementation of dedup, fingerprints, locking and audit. This store only reads.
 */
export const itemStore: ResourceStore<ItemRow, never, never> = {
  entityType: "item",
  label: "Item",
  find: (tx, id) => tx.item.findUnique({ where: { id }, omit: OMIT }),
};

export function toItemDto(i: ItemRow): ItemDto {
  return {
    ...i,
    language: i.languages[0] ?? null,
    publishedAt: iso(i.publishedAt),
    firstSeenAt: iso(i.firstSeenAt),
    lastSeenAt: iso(i.lastSeenAt),
    createdAt: isoRequired(i.createdAt),
    updatedAt: isoRequired(i.updatedAt),
    deletedAt: iso(i.deletedAt),
  };
}

const read = resourceService(itemStore, toItemDto);
const reread = async (prisma: PrismaClient, id: string) => toItemDto(await getResource(prisma, itemStore, id, true));

export const items = {
  get: read.get,
  async update(prisma: PrismaClient, id: string, body: UpdateItemBody, principal: Principal): Promise<ItemDto> {
    await updateItem(prisma, id, body, actorOf(principal));
    return reread(prisma, id);
  },
  async remove(prisma: PrismaClient, id: string, principal: Principal): Promise<ItemDto> {
    await setItemDeleted(prisma, id, true, actorOf(principal));
    return reread(prisma, id);
  },
  async restore(prisma: PrismaClient, id: string, principal: Principal): Promise<ItemDto> {
    await setItemDeleted(prisma, id, false, actorOf(principal));
    return reread(prisma, id);
  },
};
