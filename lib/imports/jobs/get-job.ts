import type { ImportJob, PrismaClient } from "../../generated/prisma/client";
import { ApiError } from "../../http/errors";
import { isAwaitingMapping } from "./start-job";

export interface ImportJobView {
  id: string;
  status: ImportJob["status"] | "awaiting_mapping";
  format: string;
  fileName: string;
  fileSha256: string | null;
  totalRows: number;
  doneRows: number;
  created: number;
  merged: number;
  skipped: number;
  failed: number;
  /** First failures (the full list is failures.csv): row number, field (column), reason. */
  failures: { row: number; field: string | null; reason: string | null }[];
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  rowsPerSecond: number | null;
  secondsLeft: number | null;
}

export function toJobView(job: ImportJob, now = new Date()): ImportJobView {
  const awaiting = job.status === "queued" && isAwaitingMapping(job.mapping);
  const end = job.finishedAt ?? (job.status === "running" ? now : job.heartbeatAt);
  const elapsed = job.startedAt && end ? (end.getTime() - job.startedAt.getTime()) / 1000 : 0;
  // Averaged over the job's life: a resumed job's rate includes its pause, which errs on the side of a later ETA.
  const rate = elapsed > 0.5 && job.doneRows > 0 ? job.doneRows / elapsed : null;
  const left = Math.max(0, job.totalRows - job.doneRows);
  return {
    id: job.id,
    status: awaiting ? "awaiting_mapping" : job.status,
    format: job.format,
    fileName: job.fileName,
    fileSha256: job.fileSha256,
    totalRows: job.totalRows,
    doneRows: job.doneRows,
    created: job.created,
    merged: job.merged,
    skipped: job.skipped,
    failed: job.failed,
    failures: Array.isArray(job.failures) ? (job.failures as ImportJobView["failures"]) : [],
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    rowsPerSecond: rate === null ? null : Math.round(rate * 10) / 10,
    secondsLeft: rate && job.status === "running" ? Math.ceil(left / rate) : null,
  };
}

export async function getImportJob(prisma: PrismaClient, jobId: string): Promise<ImportJobView> {
  const job = await prisma.importJob.findUnique({ where: { id: jobId } });
  if (!job) throw ApiError.notFound("Import job");
  return toJobView(job);
}

export async function listImportJobs(prisma: PrismaClient, limit = 20): Promise<ImportJobView[]> {
  const jobs = await prisma.importJob.findMany({ orderBy: { createdAt: "desc" }, take: limit });
  return jobs.map((job) => toJobView(job));
}
