import type { ImportRowStatus, Prisma, PrismaClient } from "../../generated/prisma/client";

/** What became of one input row; `recorded` rows were written with their ImportJobRow in one transaction. */
export interface RowResult {
  rowNumber: number;
  status: ImportRowStatus;
  rowKey?: string | null;
  itemId?: string | null;
  sightingId?: string | null;
  field?: string | null;
  reason?: string | null;
  recorded?: boolean;
}

/** Failed and skipped rows wrote nothing else, so they are recorded together after the batch. */
export async function recordResults(prisma: PrismaClient, jobId: string, results: readonly RowResult[]): Promise<void> {
  const pending = results.filter((r) => !r.recorded);
  if (!pending.length) return;
  await prisma.importJobRow.createMany({
    data: pending.map((r) => ({
      jobId,
      rowNumber: r.rowNumber,
      rowKey: r.rowKey ?? null,
      status: r.status,
      itemId: r.itemId ?? null,
      sightingId: r.sightingId ?? null,
      field: r.field?.slice(0, 300) ?? null,
      reason: r.reason?.slice(0, 2000) ?? null,
    })),
    skipDuplicates: true,
  });
}

/** Records a row inside the transaction of the write it describes: both commit, or neither. */
export async function recordInTransaction(tx: Prisma.TransactionClient, jobId: string, result: RowResult): Promise<void> {
  await tx.importJobRow.create({
    data: {
      jobId,
      rowNumber: result.rowNumber,
      rowKey: result.rowKey ?? null,
      status: result.status,
      itemId: result.itemId ?? null,
      sightingId: result.sightingId ?? null,
      field: result.field ?? null,
      reason: result.reason ?? null,
    },
  });
}
