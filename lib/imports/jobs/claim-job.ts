import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { claimNext } from "../../jobs/claim";

export interface JobClaim {
  jobId: string;
  /** The heartbeat this worker last wrote: its proof of ownership (compare-and-swap on every update). */
  heartbeatAt: Date;
}

/**
 * Takes the oldest queued or interrupted job — or, with `jobId`, that one (lib/jobs/claim.ts). Jobs still waiting
 * for their mapping (`mapping = {}`) are not claimable. The counters are then recomputed from the recorded rows,
 * which are the truth after a crash.
 */
export async function claimJob(prisma: PrismaClient, jobId?: string): Promise<JobClaim | null> {
  return prisma.$transaction(async (tx) => {
    const claim = await claimNext(tx, "import_jobs", { id: jobId, where: Prisma.sql`mapping <> '{}'::jsonb` });
    if (!claim) return null;
    await recountJob(tx, claim.id);
    return { jobId: claim.id, heartbeatAt: claim.heartbeatAt };
  });
}

/** Sets the job's counters from its recorded rows (after a crash, a cancel, or at the end). */
export async function recountJob(tx: Pick<Prisma.TransactionClient, "$executeRaw">, jobId: string): Promise<void> {
  await tx.$executeRaw(Prisma.sql`
    UPDATE import_jobs AS j SET done_rows = c.done, created = c.created, merged = c.merged, skipped = c.skipped, failed = c.failed
    FROM (
      SELECT count(*)::int AS done,
        count(*) FILTER (WHERE status = 'created')::int AS created,
        count(*) FILTER (WHERE status = 'merged')::int AS merged,
        count(*) FILTER (WHERE status = 'skipped')::int AS skipped,
        count(*) FILTER (WHERE status = 'failed')::int AS failed
      FROM import_job_rows WHERE job_id = ${jobId}::uuid
    ) AS c
    WHERE j.id = ${jobId}::uuid`);
}
