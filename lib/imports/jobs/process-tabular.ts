import { sqlTransaction, type SqlTransaction } from "../../db/sql-transaction";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import type { Actor } from "../../audit/record-audit";
import type { ImportMapping } from "../mapping";
import type { SourceRecord } from "../parse/read-records";
import { textFingerprint } from "../../ingest/fingerprint";
import { failuresOf, mapRow } from "../row-input";
import type { RowResult } from "./row-result";
import type { WritableRow } from "./row-by-row";
import { resolveCampaigns } from "./resolve-campaigns";
import { writeBulk } from "./write-bulk";

export interface TabularContext {
  prisma: PrismaClient;
  jobId: string;
  actor: Actor;
  mapping: ImportMapping;
  /** Defer GIN index maintenance to the pending lists during batches (PostgreSQL; the job merges them at the end). */
  deferGin?: boolean;
  /** Profiling hook passed to ingestBatch (bench/import.ts --phases). */
  onPhase?: (phase: string, ms: number) => void;
}

/** A batch after the CPU work (mapping, validation, row keys, text fingerprints), before it touches the database. */
export interface PreparedBatch {
  /** Rows that failed to read or validate. */
  failed: RowResult[];
  /** Valid rows, in file order. */
  valid: WritableRow[];
}

/** Rows between yields to the event loop: a batch being written meanwhile gets its query results promptly. */
const SLICE = 50;

/**
 * The CPU half of a batch: no database access, so the runner prepares the next batch while the previous one is
 * being written (the two overlap on a two-core machine). Yields every few rows so that it never holds up the
 * transaction in flight for more than a few milliseconds.
 */
export async function prepareTabularBatch(ctx: TabularContext, records: readonly SourceRecord[]): Promise<PreparedBatch> {
  const failed: RowResult[] = [];
  const valid: WritableRow[] = [];
  for (const [k, record] of records.entries()) {
    if (k % SLICE === SLICE - 1) await new Promise((resolve) => setImmediate(resolve));
    const rowNumber = record.rowNumber;
    const row = record.values ? mapRow(record.values, ctx.mapping) : null;
    if (!row) {
      failed.push({ rowNumber, status: "failed", field: record.error?.field ?? "(row)", reason: record.error?.reason ?? "unreadable row" });
    } else if (!row.ok) {
      const [first, ...more] = row.failures;
      const reason = more.length ? `${first.reason} (and ${more.length} more: ${more.map((f) => f.field).join(", ")})` : first.reason;
      failed.push({ rowNumber, status: "failed", field: first.field, reason });
    } else {
      const item = row.input.item;
      // Needed only by rows that create an item, which is not known until the write; most rows do.
      const fingerprint = item ? textFingerprint(item.title, item.text) : undefined;
      valid.push({ rowNumber, rowKey: row.rowKey, input: row.input, urls: row.urls, columnOf: row.columnOf, fingerprint, rawValues: row.rawValues, campaignName: row.campaignName });
    }
  }
  return { failed, valid };
}

/**
 * The database half of a batch. Idempotency, in order:
 * 1. a row already recorded for this job is never read again (the runner skips its number);
 * 2. every valid row has a row key — the mapped row-key column, else a SHA-256 of its validated input — and a
 *    row whose key was already created/merged by any job is skipped ("already imported"), as is a second
 *    identical row in the same batch (an earlier batch's twin is found by the first rule: batches are written
 *    one after another). A content key survives re-exports, reordering and corrected files, which a
 *    "file hash + row number" key would not (fixing one bad row would re-import every other row);
 * 3. the rows that get through are written together by ingestBatch (logSighting's merge semantics, set-based),
 *    with their ImportJobRows in the same transaction: their item is found by canonical URL or file hash, so
 *    content imported from another file or by hand still gets no twin.
 */
export async function writeTabularBatch(ctx: TabularContext, batch: PreparedBatch): Promise<RowResult[]> {
  const t = performance.now();
  const keys = batch.valid.map((r) => r.rowKey);
  const known = await sqlTransaction(ctx.prisma, (tx) => priorRowsByKey(tx, keys));
  ctx.onPhase?.("prior row keys", performance.now() - t);
  const seenInBatch = new Map<string, number>();
  const results: RowResult[] = [...batch.failed];
  const writable: WritableRow[] = [];
  for (const row of batch.valid) {
    const prior = known.get(row.rowKey);
    const twin = seenInBatch.get(row.rowKey);
    if (prior || twin !== undefined) {
      const reason = prior ? `already imported (job ${prior.jobId.slice(0, 8)}, row ${prior.rowNumber})` : `same as row ${twin} of this file`;
      results.push({ rowNumber: row.rowNumber, status: "skipped", rowKey: row.rowKey, itemId: prior?.itemId ?? null, reason });
      continue;
    }
    seenInBatch.set(row.rowKey, row.rowNumber);
    writable.push(row);
  }
  await resolveCampaigns(ctx.prisma, ctx.actor, writable);
  results.push(...(await writeBulk(ctx, writable)));
  results.sort((a, b) => a.rowNumber - b.rowNumber);
  return results;
}

interface PriorRow {
  jobId: string;
  rowNumber: number;
  itemId: string | null;
}

async function priorRowsByKey(tx: SqlTransaction, keys: string[]): Promise<Map<string, PriorRow>> {
  if (!keys.length) return new Map();
  const rows = await tx.$queryRaw<{ row_key: string; job_id: string; row_number: number; item_id: string | null }[]>(Prisma.sql`
    SELECT DISTINCT ON (r.row_key) r.row_key, r.job_id::text, r.row_number, r.item_id::text
    FROM unnest(${keys}::text[]) AS k(key) JOIN import_job_rows r ON r.row_key = k.key
    WHERE r.status IN ('created', 'merged')
    ORDER BY r.row_key, r.created_at`);
  return new Map(rows.map((r) => [r.row_key, { jobId: r.job_id, rowNumber: r.row_number, itemId: r.item_id }]));
}

/** Validation errors name their column; anything else is logged here and reported without internals. */
export function rowFailure(error: unknown, columnOf: (path: string) => string, jobId: string, rowNumber: number) {
  try {
    const [first] = failuresOf(error, columnOf);
    return { field: first.field, reason: first.reason };
  } catch {
    console.error(`Import ${jobId} row ${rowNumber} failed unexpectedly:`, error);
    return { field: "(row)", reason: "unexpected error while saving this row (logged on the server)" };
  }
}
