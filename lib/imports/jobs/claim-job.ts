import { Prisma, type PrismaClient } from "../../generated/prisma/client";

/** A running job counts as interrupted when its worker has not beaten for this long (its process died). */
export const STALE_AFTER_SECONDS = 30;

export interface JobClaim {
  jobId: string;
  /** The heartbeat this worker last wrote: its proof of ownership (compare-and-swap on every update). */
  heartbeatAt: Date;
}

/**
 * Takes the oldest queued or interrupted job — or, with `jobId`, that one — with UPDATE … WHERE status …
 * RETURNING over a FOR UPDATE SKIP LOCKED pick, so two app instances (or the app and a CLI on PostgreSQL) never
 * take the same job. Jobs still waiting for their mapping (`mapping = {}`) are not claimable. The counters are
 * then recomputed from the recorded rows, which are the truth after a crash.
 */
export async function claimJob(prisma: PrismaClient, jobId?: string): Promise<JobClaim | null> {
  const only = jobId ? Prisma.sql`AND id = ${jobId}::uuid` : Prisma.empty;
  const claimable = Prisma.sql`mapping <> '{}'::jsonb AND (status = 'queued'
    OR (status = 'running' AND (heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => ${STALE_AFTER_SECONDS}))))`;
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; heartbeat_at: Date }[]>(Prisma.sql`
      UPDATE import_jobs SET status = 'running', heartbeat_at = now(), started_at = COALESCE(started_at, now()), error = NULL
      WHERE id = (SELECT id FROM import_jobs WHERE ${claimable} ${only} ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        AND ${claimable}
      RETURNING id::text AS id, heartbeat_at`);
    if (!rows[0]) return null;
    await recountJob(tx, rows[0].id);
    return { jobId: rows[0].id, heartbeatAt: rows[0].heartbeat_at };
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
