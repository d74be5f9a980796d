import { stat } from "node:fs/promises";
import type { Prisma } from "../generated/prisma/client";
import { recordAudit, type Actor } from "../audit/record-audit";
import { fieldError } from "../ingest/field-error";
import { lockEvidenceContent } from "./cleanup-pending";
import { absoluteStoragePath } from "./config";
import type { PendingUpload } from "./pending-uploads";

/**
 * Turns pending uploads into evidence rows of the item (and the sighting they came with), inside the save's
 * transaction: the item, the sighting, the files and their audit events commit together or not at all. Under the
 * content lock the cleanup also takes, the file must still be there, so no row ever points at a deleted file.
 */
export async function attachEvidence(
  tx: Prisma.TransactionClient,
  target: { itemId: string; sightingId: string | null },
  uploads: readonly PendingUpload[],
  actor: Actor,
): Promise<string[]> {
  const by = actor.kind === "system" ? null : actor.userId;
  const ids: string[] = [];
  for (const [i, upload] of uploads.entries()) {
    await lockEvidenceContent(tx, upload.sha256);
    if (!(await stat(absoluteStoragePath(upload.storagePath)).catch(() => null))) {
      throw fieldError(`evidence[${i}]`, "the uploaded file has expired and was cleaned up; upload it again");
    }
    const evidence = await tx.evidenceFile.create({
      data: {
        itemId: target.itemId,
        sightingId: target.sightingId,
        storagePath: upload.storagePath,
        originalName: upload.originalName,
        mimeType: upload.mimeType,
        sizeBytes: BigInt(upload.sizeBytes),
        sha256: upload.sha256,
        uploadedById: upload.uploadedById,
        custody: [
          { at: upload.uploadedAt, by: upload.uploadedById, action: "uploaded", note: `sha256 ${upload.sha256}, sniffed ${upload.mimeType}` },
          { at: new Date().toISOString(), by, action: "attached", note: `to item ${target.itemId}` },
        ],
      },
    });
    await recordAudit(tx, actor, { action: "create", entityType: "evidence_file", entityId: evidence.id, after: evidence });
    ids.push(evidence.id);
  }
  return ids;
}
