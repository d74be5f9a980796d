import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { recordAudit, type Actor } from "../audit/record-audit";
import { ApiError } from "../http/errors";
import { fieldError } from "../ingest/field-error";
import { canonicalOrNull, textFingerprint } from "../ingest/fingerprint";
import { refreshDerivedColumns } from "../sightings/derived";
import { UrlError } from "../urls/canonical-url";
import { normalisePlatform } from "../codes/platforms";
import { changedFields } from "./audit-diff";
import type { UpdateItemBody } from "./update-item-schema";

export const STALE_ITEM_MESSAGE = "Someone else changed this item since you opened it — reload to see their change";

const OMIT = { textMinhash: true, lshBands: true } as const;

/**
 * Edits an item under optimistic locking: one conditional UPDATE on (id, version, not deleted). Of two people
 * saving from the same version exactly one wins; the other gets a 409 and nothing of theirs is written. A new URL
 * is canonicalised (and must not be another item's); new words get a new fingerprint for the duplicate finder.
 */
export async function updateItem(prisma: PrismaClient, id: string, body: UpdateItemBody, actor: Actor) {
  const { version, url, platform, ...fields } = body;
  const data: Prisma.ItemUpdateManyMutationInput = { ...fields };
  if (fields.languages !== undefined) Object.assign(data, { languages: [...new Set(fields.languages)], languagesDetected: false });
  if (platform !== undefined) Object.assign(data, normalisePlatform(platform) ?? { platform: null, platformRaw: null });
  if (fields.targetCountries) data.targetCountries = [...new Set(fields.targetCountries)];
  if (url !== undefined) {
    const canonical = canonicalUrlOf(url);
    data.originalUrl = canonical?.original ?? null;
    data.canonicalUrl = canonical?.canonical ?? null;
  }
  return prisma.$transaction(async (tx) => {
    const before = await tx.item.findFirst({ where: { id, deletedAt: null }, omit: OMIT });
    if (!before) throw ApiError.notFound("Item");
    if (fields.title !== undefined || fields.text !== undefined) {
      const fingerprint = textFingerprint(fields.title === undefined ? before.title : fields.title, fields.text === undefined ? before.text : fields.text);
      data.textMinhash = fingerprint.minhash;
      data.lshBands = fingerprint.bands;
    }
    if (typeof data.canonicalUrl === "string" && data.canonicalUrl !== before.canonicalUrl) {
      const other = await tx.item.findUnique({ where: { canonicalUrl: data.canonicalUrl }, select: { id: true } });
      if (other) throw new ApiError(409, "duplicate", `Another item (${other.id}) already has this URL`, [{ path: "url", message: `already logged as item ${other.id}` }]);
    }
    const { count } = await tx.item.updateMany({ where: { id, version, deletedAt: null }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) {
      throw new ApiError(409, "conflict", STALE_ITEM_MESSAGE, [{ path: "version", message: `is stale: the current version is ${before.version}` }]);
    }
    const after = await tx.item.findUniqueOrThrow({ where: { id }, omit: OMIT });
    // Its campaigns show their items' countries and languages from derived columns.
    if (fields.targetCountries !== undefined || fields.languages !== undefined) await refreshDerivedColumns(tx, { itemIds: [id] });
    await recordAudit(tx, actor, { action: "update", entityType: "item", entityId: id, ...changedFields(before, after) });
    return { id, version: after.version };
  }, { timeout: 30_000 });
}

function canonicalUrlOf(url: string | null) {
  try {
    return canonicalOrNull(url);
  } catch (error) {
    if (error instanceof UrlError) throw fieldError("url", error.message);
    throw error;
  }
}
