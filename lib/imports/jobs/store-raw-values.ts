import { Prisma } from "../../generated/prisma/client";
import type { SqlTransaction } from "../../db/sql-transaction";
import type { RawValues } from "../row-input";

/**
 * Keeps the values a row could not read: on its item (merged with what earlier rows kept: a column's lists are
 * unioned) and on its ImportJobRow, which the report counts by column and value. Runs in the transaction that
 * wrote the rows, so a row and the values it lost commit together.
 */
export async function storeRawValues(
  tx: SqlTransaction,
  jobId: string,
  rows: readonly { rowNumber: number; itemId?: string | null; rawValues?: RawValues }[],
): Promise<void> {
  const kept = rows.filter((r) => r.itemId && r.rawValues && Object.keys(r.rawValues).length);
  if (!kept.length) return;
  const byItem = new Map<string, RawValues>();
  for (const r of kept) {
    const merged = byItem.get(r.itemId!) ?? {};
    for (const [column, values] of Object.entries(r.rawValues!)) merged[column] = [...new Set([...(merged[column] ?? []), ...values])];
    byItem.set(r.itemId!, merged);
  }
  await tx.$executeRaw(Prisma.sql`
    UPDATE items i SET raw_values = i.raw_values || (
      SELECT jsonb_object_agg(k, (
        SELECT jsonb_agg(DISTINCT e) FROM jsonb_array_elements(COALESCE(i.raw_values -> k, '[]'::jsonb) || (v.raw -> k)) e
      )) FROM jsonb_object_keys(v.raw) k)
    FROM unnest(${[...byItem.keys()]}::uuid[], ${[...byItem.values()].map((v) => JSON.stringify(v))}::jsonb[]) AS v(id, raw)
    WHERE i.id = v.id`);
  await tx.$executeRaw(Prisma.sql`
    UPDATE import_job_rows r SET raw_values = v.raw
    FROM unnest(${kept.map((r) => r.rowNumber)}::int[], ${kept.map((r) => JSON.stringify(r.rawValues))}::jsonb[]) AS v(n, raw)
    WHERE r.job_id = ${jobId}::uuid AND r.row_number = v.n`);
}
