import type { PrismaClient } from "../generated/prisma/client";
import type { Actor } from "../audit/record-audit";
import { retryOnConflict } from "../db/transaction-conflict";
import { attachEvidence } from "../evidence/attach-evidence";
import { discardPendingUploads, readPendingUploads } from "../evidence/pending-uploads";
import { logSightingInTransaction, type LogSightingResult } from "../ingest/log-sighting";
import type { LogSightingInput } from "../ingest/schemas";
import { suggestAfterLogging } from "../clustering/after-logging";

/**
 * The form's save: the one ingest path (duplicates rejected: the person already chose in the duplicate panel)
 * plus the evidence files uploaded while the form was open. An uploaded file's SHA-256 becomes the item's file
 * hash when none was given, so the same file logged again is found as a duplicate. Item, sighting, links, evidence
 * rows and their audit events all go through the one transaction client and commit together.
 */
export async function logFormSighting(
  prisma: PrismaClient,
  input: LogSightingInput,
  evidenceIds: readonly string[],
  actor: Actor,
): Promise<LogSightingResult> {
  const uploads = await readPendingUploads(evidenceIds, actor.kind === "system" ? null : actor.userId);
  if (input.item && !input.item.fileSha256 && uploads[0]) input.item.fileSha256 = uploads[0].sha256;
  // As logSighting does: a deadlock's victim (concurrent writers of the same items) runs again, whole — every step
  // here writes only through the transaction, so a rolled-back attempt leaves nothing behind.
  const result = await retryOnConflict(() =>
    prisma.$transaction(
      async (tx) => {
        const logged = await logSightingInTransaction(tx, input, { channel: "form", actor, onDuplicate: "reject" });
        await attachEvidence(tx, { itemId: logged.itemId, sightingId: logged.sightingId }, uploads, actor);
        return logged;
      },
      { timeout: 30_000 },
    ),
  );
  await discardPendingUploads(uploads);
  await suggestAfterLogging(prisma, result.itemId, actor);
  return result;
}
