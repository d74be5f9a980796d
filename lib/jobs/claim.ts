import { Prisma, type PrismaClient } from "../generated/prisma/client";

/** A running job counts as interrupted when its worker has not beaten for this long (its process died). */
export const STALE_AFTER_SECONDS = 30;

/** Tables of background jobs: each has id, status, heartbeat_at, started_at, error and created_at. */
export type JobTable = "import_jobs" | "cluster_runs";

export interface Claim {
  id: string;
  /** The heartbeat this worker wrote last: its proof of ownership (compare-and-swap on every update). */
  heartbeatAt: Date;
}

type Sql = Pick<PrismaClient, "$queryRaw">;

/**
 * Takes the oldest queued or interrupted job of `table` — or, with `id`, that one — with UPDATE … WHERE status …
 * RETURNING over a FOR UPDATE SKIP LOCKED pick, so two app instances (or the app and a CLI on PostgreSQL) never
 * take the same job. `where` narrows what is claimable (imports waiting for their mapping are not).
 */
export async function claimNext(db: Sql, table: JobTable, options: { id?: string; where?: Prisma.Sql } = {}): Promise<Claim | null> {
  const only = options.id ? Prisma.sql`AND id = ${options.id}::uuid` : Prisma.empty;
  const extra = options.where ? Prisma.sql`${options.where} AND` : Prisma.empty;
  const claimable = Prisma.sql`${extra} (status = 'queued'
    OR (status = 'running' AND (heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => ${STALE_AFTER_SECONDS}))))`;
  const name = Prisma.raw(table);
  const rows = await db.$queryRaw<{ id: string; heartbeat_at: Date }[]>(Prisma.sql`
    UPDATE ${name} SET status = 'running', heartbeat_at = now(), started_at = COALESCE(started_at, now()), error = NULL
    WHERE id = (SELECT id FROM ${name} WHERE ${claimable} ${only} ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
      AND ${claimable}
    RETURNING id::text AS id, heartbeat_at`);
  return rows[0] ? { id: rows[0].id, heartbeatAt: rows[0].heartbeat_at } : null;
}

/**
 * A heartbeat with the job's progress (`set`, a list of column assignments), as a compare-and-swap on the
 * heartbeat this worker wrote last. Returns the new heartbeat, or null when the job is no longer this worker's:
 * cancelled, or declared interrupted and claimed by another worker.
 */
export async function beatJob(db: Sql, table: JobTable, id: string, heartbeatAt: Date, set: Prisma.Sql): Promise<Date | null> {
  const rows = await db.$queryRaw<{ heartbeat_at: Date }[]>(Prisma.sql`
    UPDATE ${Prisma.raw(table)} SET heartbeat_at = now(), ${set}
    WHERE id = ${id}::uuid AND status = 'running' AND heartbeat_at = ${heartbeatAt}
    RETURNING heartbeat_at`);
  return rows[0]?.heartbeat_at ?? null;
}
