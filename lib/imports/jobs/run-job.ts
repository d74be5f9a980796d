import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { importMappingSchema } from "../mapping";
import type { ImportFormat } from "../parse/formats";
import { processStixJob } from "../stix/process-bundle";
import { mergeGinPendingLists } from "../../seed/synthetic/gin";
import { beat } from "./heartbeat";
import { recountJob, type JobClaim } from "./claim-job";
import { actorOfJob, auditJob } from "./job-audit";
import { recordResults, type RowResult } from "./row-result";
import { runTabular } from "./run-tabular";

/** Rows per transaction: large enough that per-statement costs vanish, small enough for a heartbeat every second or so. */
export const BATCH_SIZE = 1000;

export interface RunOptions {
  batchSize?: number;
  /** Called after every batch (the CLI prints a progress line). */
  onBatch?: (done: number, total: number) => void;
  /** Stop after this many batches without finishing — tests use it to simulate a crash mid-way. */
  stopAfterBatches?: number;
  /** Aborted (Ctrl-C in the CLI): stop after the current batch; every finished row stays recorded. */
  signal?: AbortSignal;
  /** Profiling hook: each bulk batch phase's wall time in ms (bench/import.ts --phases). */
  onPhase?: (phase: string, ms: number) => void;
}

export type RunOutcome = "completed" | "lost" | "stopped";

/**
 * Runs a claimed job to its end: batches of rows, each written set-based in one transaction, a heartbeat and the tallies
 * after every batch, and a yield to the event loop between batches so the server keeps answering requests.
 * Rows already recorded (a resumed job) are passed over. "lost": the job was cancelled or taken over.
 */
export async function runImportJob(prisma: PrismaClient, claim: JobClaim, options: RunOptions = {}): Promise<RunOutcome> {
  const job = await prisma.importJob.findUniqueOrThrow({ where: { id: claim.jobId } });
  const done = new Set(
    (await prisma.importJobRow.findMany({ where: { jobId: job.id }, select: { rowNumber: true } })).map((r) => r.rowNumber),
  );
  const actor = actorOfJob(job);
  const size = options.batchSize ?? BATCH_SIZE;
  let batches = 0;
  let doneRows = done.size;
  const afterBatch = async (results: RowResult[]) => {
    let t = performance.now();
    await recordResults(prisma, job.id, results);
    options.onPhase?.("record other rows", -t + (t = performance.now()));
    if (!(await beat(prisma, claim, results))) return false;
    options.onPhase?.("heartbeat", performance.now() - t);
    doneRows += results.length;
    options.onBatch?.(doneRows, job.totalRows);
    await new Promise((resolve) => setImmediate(resolve));
    if (options.signal?.aborted) return false;
    return options.stopAfterBatches === undefined || ++batches < options.stopAfterBatches;
  };
  const format = job.format as ImportFormat;
  let carryOn: boolean;
  if (format === "stix") {
    carryOn = await processStixJob({ prisma, jobId: job.id, actor, path: job.storagePath! }, done, size, afterBatch);
  } else {
    const mapping = importMappingSchema.parse(job.mapping);
    const ctx = { prisma, jobId: job.id, actor, mapping, deferGin: true, onPhase: options.onPhase };
    carryOn = await runTabular(ctx, job.storagePath!, format, done, size, afterBatch);
    // The batches left their GIN entries in the pending lists; fold them in once, sorted, rather than leaving
    // searches to scan them until autovacuum runs (also after a stop: the rows written so far are searchable).
    const t = performance.now();
    await mergeGinPendingLists(prisma);
    options.onPhase?.("GIN merge", performance.now() - t);
  }
  if (!carryOn) {
    const stopped = options.signal?.aborted || (options.stopAfterBatches !== undefined && batches >= options.stopAfterBatches);
    return stopped ? "stopped" : "lost";
  }
  return (await finishJob(prisma, claim)) ? "completed" : "lost";
}

async function finishJob(prisma: PrismaClient, claim: JobClaim): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    await recountJob(tx, claim.jobId);
    const rows = await tx.$queryRaw<{ created_by_id: string | null; done_rows: number; total_rows: number }[]>(Prisma.sql`
      UPDATE import_jobs SET status = 'completed', finished_at = now(), heartbeat_at = now(), total_rows = GREATEST(total_rows, done_rows)
      WHERE id = ${claim.jobId}::uuid AND status = 'running' AND heartbeat_at = ${claim.heartbeatAt}
      RETURNING created_by_id::text, done_rows, total_rows`);
    if (!rows[0]) return false;
    const job = await tx.importJob.findUniqueOrThrow({ where: { id: claim.jobId } });
    const { created, merged, skipped, failed, doneRows, totalRows } = job;
    await auditJob(tx, actorOfJob(job), claim.jobId, "finish", { created, merged, skipped, failed, doneRows, totalRows });
    return true;
  });
}
