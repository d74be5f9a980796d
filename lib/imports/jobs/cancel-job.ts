import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import type { Actor } from "../../audit/record-audit";
import { ApiError } from "../../http/errors";
import { recountJob } from "./claim-job";
import { auditJob } from "./job-audit";

/**
 * Cancels a queued or running job. Rows already imported stay (each was complete on its own); the worker sees
 * the status at its next heartbeat and stops. Re-running the file later skips what this job already did.
 */
export async function cancelImportJob(prisma: PrismaClient, jobId: string, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ status: string }[]>(Prisma.sql`
      UPDATE import_jobs SET status = 'cancelled', finished_at = now()
      WHERE id = ${jobId}::uuid AND status IN ('queued', 'running') RETURNING status`);
    if (!rows[0]) {
      const job = await tx.importJob.findUnique({ where: { id: jobId }, select: { status: true } });
      if (!job) throw ApiError.notFound("Import job");
      throw new ApiError(409, "not_cancellable", `This import has already ended (status: ${job.status})`);
    }
    await recountJob(tx, jobId);
    const job = await tx.importJob.findUniqueOrThrow({ where: { id: jobId } });
    await auditJob(tx, actor, jobId, "cancel", { doneRows: job.doneRows, totalRows: job.totalRows });
    return job;
  });
}
