import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import type { PrismaClient } from "../../generated/prisma/client";
import type { Actor } from "../../audit/record-audit";
import { detectFormat, type ImportFormat } from "../parse/formats";
import { scanFile } from "../scan-file";
import { auditJob } from "./job-audit";
import { removeImportFiles, storeImportFile } from "./storage";

export interface CreateImportJobInput {
  fileName: string;
  source: ReadableStream<Uint8Array> | Readable;
  format?: ImportFormat;
  actor: Actor;
}

/**
 * Stores the file, checks it is what its name says, counts its rows and creates the job — waiting for its
 * mapping (`mapping = {}`): the worker claims only jobs that were started with one. A file that fails any check
 * leaves nothing behind.
 */
export async function createImportJob(prisma: PrismaClient, input: CreateImportJobInput) {
  const id = randomUUID();
  const fileName = input.fileName.replace(/[\u0000-\u001f]/g, "").slice(-200) || "upload";
  const stored = await storeImportFile(id, fileName, input.source);
  try {
    const format = detectFormat(fileName, stored.head, input.format);
    const scan = await scanFile(stored.storagePath, format);
    const job = await prisma.$transaction(async (tx) => {
      const created = await tx.importJob.create({
        data: {
          id,
          status: "queued",
          format,
          fileName,
          fileSha256: stored.sha256,
          storagePath: stored.storagePath,
          totalRows: scan.totalRows,
          createdById: input.actor.kind === "system" ? null : input.actor.userId,
        },
      });
      await auditJob(tx, input.actor, id, "upload", { fileName, format, sha256: stored.sha256, bytes: stored.sizeBytes, rows: scan.totalRows });
      return created;
    });
    return { job, scan };
  } catch (error) {
    await removeImportFiles(id);
    throw error;
  }
}
