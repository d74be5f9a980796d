import { sqlTransaction } from "../../db/sql-transaction";
import { isTransactionConflict } from "../../db/transaction-conflict";
import type { Prisma } from "../../generated/prisma/client";
import { BulkRaceError, ingestBatch } from "../../ingest/bulk/ingest-batch";
import { deferGinMaintenance } from "../../seed/synthetic/gin";
import type { RowResult } from "./row-result";
import { storeRawValues } from "./store-raw-values";
import { writeRowByRow, type WritableRow } from "./row-by-row";
import type { TabularContext } from "./process-tabular";

const ATTEMPTS = 3;

/**
 * Writes a batch's valid rows with ingestBatch in ONE transaction, their ImportJobRows included: the batch
 * commits whole with its row records, or not at all — a crash mid-batch leaves those rows unrecorded, and the
 * resumed job writes them again, exactly once. A URL created concurrently by another writer (BulkRaceError)
 * retries the batch, which then merges into that item; any other failure of the set-based write falls back to
 * the row-by-row path for this batch, where a bad row fails alone.
 */
export async function writeBulk(ctx: TabularContext, rows: readonly WritableRow[]): Promise<RowResult[]> {
  if (!rows.length) return [];
  const columnOf = new Map(rows.map((r) => [r.rowNumber, r.columnOf]));
  for (let attempt = 1; ; attempt++) {
    try {
      const results = await sqlTransaction(
        ctx.prisma,
        async (tx) => {
          // GIN entries go to the pending list during the batch; the job merges the lists when it ends.
          if (ctx.deferGin) await deferGinMaintenance(tx as Prisma.TransactionClient);
          // No wait for the WAL flush at commit: a crash can lose only the last batches whole — their rows and
          // their ImportJobRows together — and the resumed job writes those rows again, exactly once.
          await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
          const written = await ingestBatch(tx, rows, { channel: "import", actor: ctx.actor, importJobId: ctx.jobId, onPhase: ctx.onPhase });
          const rawOf = new Map(rows.map((r) => [r.rowNumber, r.rawValues]));
          await storeRawValues(tx, ctx.jobId, written.map((r) => ({ ...r, rawValues: rawOf.get(r.rowNumber) })));
          return written;
        },
        { timeout: 300_000, maxWait: 60_000 },
      );
      return results.map((r) => ({
        rowNumber: r.rowNumber,
        status: r.status,
        rowKey: r.rowKey,
        itemId: r.itemId ?? null,
        sightingId: r.sightingId ?? null,
        field: r.field ? (columnOf.get(r.rowNumber)?.(r.field) ?? r.field) : null,
        reason: r.reason ?? null,
        recorded: r.recorded,
      }));
    } catch (error) {
      // A URL created meanwhile, or a deadlock lost to a concurrent writer: the batch runs again, whole.
      if ((error instanceof BulkRaceError || isTransactionConflict(error)) && attempt < ATTEMPTS) continue;
      console.warn(`Import ${ctx.jobId}: bulk write of rows ${rows[0].rowNumber}–${rows.at(-1)!.rowNumber} failed; writing them one by one:`, error);
      return writeRowByRow(ctx, rows);
    }
  }
}
