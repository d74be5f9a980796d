import type { Prisma } from "../../generated/prisma/client";
import { recordAudit, type Actor } from "../../audit/record-audit";

/** Job state changes leave a trace like every other write: import.upload / start / finish / cancel. */
export function auditJob(tx: Prisma.TransactionClient, actor: Actor, jobId: string, action: string, after?: unknown, before?: unknown) {
  return recordAudit(tx, actor, { action: `import.${action}`, entityType: "import_job", entityId: jobId, after, before });
}

export function actorOfJob(job: { createdById: string | null }): Actor {
  return job.createdById ? { kind: "user", userId: job.createdById } : { kind: "system" };
}
