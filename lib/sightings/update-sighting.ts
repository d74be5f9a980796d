import type { PrismaClient } from "../generated/prisma/client";
import { changedFields } from "../items/audit-diff";
import type { Actor } from "../audit/record-audit";
import { recordAudit } from "../audit/record-audit";
import { ApiError } from "../http/errors";
import { fieldError } from "../ingest/field-error";
import { canonicaliseUrl, UrlError } from "../urls/canonical-url";
import { refreshDerivedColumns } from "./derived";
import type { UpdateSightingBody } from "./form-schemas";

export const STALE_SIGHTING_MESSAGE = "Someone else changed this sighting since you opened it — reload to see their change";

/**
 * Edits a sighting under optimistic locking: one conditional UPDATE on (id, version), so of two people saving
 * from the same version exactly one wins and the other gets a 409 that overwrites nothing.
 */
export async function updateSighting(prisma: PrismaClient, id: string, body: UpdateSightingBody, actor: Actor) {
  const { version, url, ...fields } = body;
  const data: Record<string, unknown> = { ...fields };
  if (url !== undefined) {
    try {
      const canonical = url ? canonicaliseUrl(url) : null;
      data.url = canonical?.original ?? null;
      data.canonicalUrl = canonical?.canonical ?? null;
    } catch (error) {
      if (error instanceof UrlError) throw fieldError("url", error.message);
      throw error;
    }
  }
  return prisma.$transaction(async (tx) => {
    const before = await tx.sighting.findFirst({ where: { id, deletedAt: null, item: { deletedAt: null } } });
    if (!before) throw ApiError.notFound("Sighting");
    const { count } = await tx.sighting.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) {
      throw new ApiError(409, "conflict", STALE_SIGHTING_MESSAGE, [{ path: "version", message: `is stale: the current version is ${before.version}` }]);
    }
    const after = await tx.sighting.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, actor, { action: "update", entityType: "sighting", entityId: id, ...changedFields(before, after) });
    await refreshDerivedColumns(tx, { itemIds: [after.itemId] });
    return { id, itemId: after.itemId, version: after.version };
  }, { timeout: 30_000 });
}
