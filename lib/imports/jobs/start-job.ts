import type { PrismaClient } from "../../generated/prisma/client";
import type { Actor } from "../../audit/record-audit";
import { ApiError } from "../../http/errors";
import { checkFileWidth, checkMappingAgainstFile, importMappingSchema, type ImportMapping } from "../mapping";
import { saveMapping } from "../saved-mapping";
import { peekFile } from "../peek-file";
import type { ImportFormat } from "../parse/formats";
import { auditJob } from "./job-audit";

/**
 * Gives an uploaded job its mapping and queues it for the worker; the mapping is remembered for the next file
 * with the same headers. A STIX bundle needs no mapping: its objects say what they are.
 */
export async function startImportJob(prisma: PrismaClient, jobId: string, mappingInput: unknown, actor: Actor) {
  const job = await prisma.importJob.findUnique({ where: { id: jobId } });
  if (!job) throw ApiError.notFound("Import job");
  if (job.status !== "queued" || !isAwaitingMapping(job.mapping)) {
    throw new ApiError(409, "already_started", `This import was already started (status: ${job.status})`);
  }
  let mapping: ImportMapping | { stix: true };
  if (job.format === "stix") {
    mapping = { stix: true };
  } else {
    const { headers } = await peekFile(job.storagePath!, job.format as ImportFormat);
    checkFileWidth(headers);
    const parsed = importMappingSchema.safeParse(mappingInput);
    if (!parsed.success) throw parsed.error;
    mapping = parsed.data;
    const mapped = Object.values(mapping.columns);
    if (!mapped.includes("sighting.observedAt") && mapping.constants["sighting.observedAt"] === undefined) {
      throw new ApiError(422, "invalid_request", "Map a column to “Observed at” or set it as a constant: every sighting needs a time", [
        { path: "mapping.columns", message: "no column is mapped to sighting.observedAt" },
      ]);
    }
    checkMappingAgainstFile(mapping, headers);
    await saveMapping(prisma, job.format, headers, mapping, actor.kind === "system" ? null : actor.userId);
  }
  return prisma.$transaction(async (tx) => {
    const updated = await tx.importJob.update({ where: { id: jobId }, data: { mapping } });
    await auditJob(tx, actor, jobId, "start", { mapping });
    return updated;
  });
}

export function isAwaitingMapping(mapping: unknown): boolean {
  return typeof mapping === "object" && mapping !== null && Object.keys(mapping).length === 0;
}
