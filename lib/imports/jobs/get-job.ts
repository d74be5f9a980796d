import { Prisma, type ImportJob, type PrismaClient } from "../../generated/prisma/client";
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
  /** Columns the mapping left out: not imported, and said so. */
  unmappedColumns: string[];
  /** Values kept as written instead of read, by column and value, most frequent first (the job view only). */
  keptRaw?: { column: string; value: string; count: number }[];
  /** Per column: how many values were kept as written. */
  keptRawByColumn?: { column: string; count: number }[];
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
    unmappedColumns: unmappedOf(job.mapping),
  };
}

function unmappedOf(mapping: unknown): string[] {
  const columns = (mapping as { columns?: Record<string, unknown> } | null)?.columns;
  return columns && typeof columns === "object" ? Object.entries(columns).filter(([, t]) => !t).map(([c]) => c) : [];
}

/** Counts the values a job kept as written, from its rows (so a resumed job counts each row once). */
async function keptRawOf(prisma: PrismaClient, jobId: string) {
  const rows = await prisma.$queryRaw<{ column: string; value: string; count: bigint }[]>(Prisma.sql`
    SELECT kv.key AS column, e.value AS value, count(*) AS count
    FROM import_job_rows r, jsonb_each(r.raw_values) kv, jsonb_array_elements_text(kv.value) e
    WHERE r.job_id = ${jobId}::uuid AND r.raw_values IS NOT NULL AND r.status IN ('created', 'merged')
    GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2`);
  const byColumn = new Map<string, number>();
  for (const r of rows) byColumn.set(r.column, (byColumn.get(r.column) ?? 0) + Number(r.count));
  return {
    keptRaw: rows.slice(0, 100).map((r) => ({ column: r.column, value: r.value, count: Number(r.count) })),
    keptRawByColumn: [...byColumn].map(([column, count]) => ({ column, count })).sort((a, b) => b.count - a.count),
  };
}

export async function getImportJob(prisma: PrismaClient, jobId: string): Promise<ImportJobView> {
  const job = await prisma.importJob.findUnique({ where: { id: jobId } });
  if (!job) throw ApiError.notFound("Import job");
  return { ...toJobView(job), ...(await keptRawOf(prisma, jobId)) };
}

export async function listImportJobs(prisma: PrismaClient, limit = 20): Promise<ImportJobView[]> {
  const jobs = await prisma.importJob.findMany({ orderBy: { createdAt: "desc" }, take: limit });
  return jobs.map((job) => toJobView(job));
}
