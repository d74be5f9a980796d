import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit, type Actor } from "../audit/record-audit";
import { ApiError } from "../http/errors";
import { refreshDerivedColumns } from "../sightings/derived";

/**
 * Soft delete (deleted = true) or restore an item. The row and its sightings stay for the trail; lists, the
 * duplicate panel and campaign dates stop counting it. Idempotent: deleting a deleted item changes nothing.
 */
export async function setItemDeleted(prisma: PrismaClient, id: string, deleted: boolean, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.item.findUnique({ where: { id }, select: { id: true, deletedAt: true, version: true } });
    if (!before) throw ApiError.notFound("Item");
    if ((before.deletedAt !== null) === deleted) return { id, deletedAt: before.deletedAt?.toISOString() ?? null, version: before.version };
    const after = await tx.item.update({
      where: { id },
      data: { deletedAt: deleted ? new Date() : null, version: { increment: 1 } },
      select: { id: true, deletedAt: true, version: true },
    });
    await recordAudit(tx, actor, {
      action: deleted ? "delete" : "restore",
      entityType: "item",
      entityId: id,
      before: { deletedAt: before.deletedAt },
      after: { deletedAt: after.deletedAt },
    });
    // Campaign first/last seen count only live items.
    await refreshDerivedColumns(tx, { itemIds: [id] });
    return { id, deletedAt: after.deletedAt?.toISOString() ?? null, version: after.version };
  }, { timeout: 30_000 });
}
