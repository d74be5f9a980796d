import type { TextFingerprint } from "../../ingest/fingerprint";
import { logSighting } from "../../ingest/log-sighting";
import type { LogSightingInput } from "../../ingest/schemas";
import type { PreparedUrls } from "../../ingest/validate-submission";
import { recordingClient } from "./recording-client";
import type { RowResult } from "./row-result";
import { rowFailure, type TabularContext } from "./process-tabular";

export interface WritableRow {
  rowNumber: number;
  rowKey: string;
  input: LogSightingInput;
  columnOf: (path: string) => string;
  /** Computed while the previous batch was being written (see prepareTabularBatch). */
  fingerprint?: TextFingerprint;
  urls?: PreparedUrls;
}

/**
 * The row-by-row path: each row its own logSighting transaction with its ImportJobRow. The bulk path falls back
 * to it for a batch whose set-based write failed unexpectedly, so one bad row cannot stall a whole job: here it
 * fails alone and is reported, and the rest of the batch is still written.
 */
export async function writeRowByRow(ctx: TabularContext, rows: readonly WritableRow[]): Promise<RowResult[]> {
  const results: RowResult[] = [];
  for (const row of rows) {
    try {
      const client = recordingClient(ctx.prisma, ctx.jobId, row.rowNumber, row.rowKey);
      const written = await logSighting(client, row.input, { channel: "import", actor: ctx.actor, importJobId: ctx.jobId, onDuplicate: "merge" });
      results.push({
        rowNumber: row.rowNumber,
        status: written.outcome === "created" ? "created" : "merged",
        rowKey: row.rowKey,
        itemId: written.itemId,
        sightingId: written.sightingId,
        recorded: true,
      });
    } catch (error) {
      results.push({ rowNumber: row.rowNumber, status: "failed", ...rowFailure(error, row.columnOf, ctx.jobId, row.rowNumber) });
    }
  }
  return results;
}
