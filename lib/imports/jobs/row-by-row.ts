import type { TextFingerprint } from "../../ingest/fingerprint";
import { logSighting } from "../../ingest/log-sighting";
import type { LogSightingInput } from "../../ingest/schemas";
import type { PreparedUrls } from "../../ingest/validate-submission";
import type { RawValues } from "../row-input";
import { storeRawValues } from "./store-raw-values";
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
  /** Values kept as written (see mapRow). */
  rawValues?: RawValues;
  /** The campaign as the file named it (the input carries its slug). */
  campaignName?: string;
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
  // The fallback path's rows each committed alone; their kept values follow in one more transaction.
  const rawOf = new Map(rows.map((r) => [r.rowNumber, r.rawValues]));
  await ctx.prisma.$transaction((tx) => storeRawValues(tx, ctx.jobId, results.map((r) => ({ ...r, rawValues: rawOf.get(r.rowNumber) }))));
  return results;
}
