import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { auditJob } from "./jobs/job-audit";
import { importsDir } from "./jobs/storage";

const DEFAULT_IMPORT_FILE_DAYS = 7;
const SYSTEM = { kind: "system" } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** How long an import's file is kept after it ended, or while it waits for its mapping (SIGHTLINE_IMPORT_FILE_DAYS, default 7). */
export function importFileMaxAgeMs(): number {
  const days = Number(process.env.SIGHTLINE_IMPORT_FILE_DAYS);
  return (Number.isFinite(days) && days > 0 ? days : DEFAULT_IMPORT_FILE_DAYS) * 86_400_000;
}

export interface ImportCleanupReport {
  abandoned: number;
  filesRemoved: number;
  orphanFolders: number;
}

/**
 * Frees the data folder of import files nobody will read again:
 * - a job still waiting for its mapping after `maxAgeMs` is abandoned: it is cancelled (audited), then handled as ended;
 * - an ended job (completed, failed, cancelled) older than that loses its file: storage_path is cleared in the same
 *   audited transaction, then the folder goes — a row never points at a deleted file;
 * - folders no job row points at (a crash between storing and creating the job) go once they are as old.
 * A queued job with its mapping or a running one (even one whose worker died, which resumes) is never touched.
 */
export async function cleanUpImportFiles(prisma: PrismaClient, maxAgeMs = importFileMaxAgeMs(), now = Date.now()): Promise<ImportCleanupReport> {
  const cutoff = new Date(now - maxAgeMs);
  const { abandoned, cleared } = await prisma.$transaction(async (tx) => {
    const abandoned = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
      UPDATE import_jobs SET status = 'cancelled', finished_at = now(), error = 'abandoned: never started'
      WHERE status = 'queued' AND mapping = '{}'::jsonb AND created_at < ${cutoff}
      RETURNING id::text AS id`);
    for (const { id } of abandoned) await auditJob(tx, SYSTEM, id, "abandon", { status: "cancelled", reason: "not started within the cleanup age" }, { status: "queued" });
    const cleared = await tx.$queryRaw<{ id: string; storage_path: string }[]>(Prisma.sql`
      UPDATE import_jobs AS j SET storage_path = NULL
      FROM (SELECT id, storage_path FROM import_jobs
            WHERE status IN ('completed', 'failed', 'cancelled') AND storage_path IS NOT NULL
              AND (coalesce(finished_at, created_at) < ${cutoff} OR id = ANY(${abandoned.map((a) => a.id)}::uuid[]))
            FOR UPDATE) AS old
      WHERE j.id = old.id
      RETURNING j.id::text AS id, old.storage_path`);
    for (const job of cleared) await auditJob(tx, SYSTEM, job.id, "file_removed", { storagePath: null }, { storagePath: job.storage_path });
    return { abandoned: abandoned.length, cleared };
  });
  for (const job of cleared) await rm(path.join(importsDir(), job.id), { recursive: true, force: true });

  let orphanFolders = 0;
  const names = (await readdir(importsDir()).catch(() => [] as string[])).filter((name) => !cleared.some((c) => c.id === name));
  const jobs = await prisma.importJob.findMany({ where: { id: { in: names.filter((n) => UUID.test(n)) } }, select: { id: true, storagePath: true } });
  const inUse = new Set(jobs.filter((j) => j.storagePath).map((j) => j.id));
  for (const name of names) {
    if (inUse.has(name)) continue;
    const folder = path.join(importsDir(), name);
    const info = await stat(folder).catch(() => null);
    if (info && info.mtimeMs < cutoff.getTime()) {
      await rm(folder, { recursive: true, force: true });
      orphanFolders++;
    }
  }
  return { abandoned, filesRemoved: cleared.length, orphanFolders };
}
