import { ApiError } from "../../http/errors";
import { prepareSubmission } from "../validate-submission";
import type { BulkRow, BulkRowResult, PreparedRow } from "./types";

/**
 * The per-row checks logSighting runs before its transaction (URLs canonicalised, DISARM ids, annotation spans
 * located), row by row in JS: a row that fails is a failed row naming its field, never a failed batch.
 */
export function prepareRows(rows: readonly BulkRow[]): { prepared: PreparedRow[]; failed: BulkRowResult[] } {
  const prepared: PreparedRow[] = [];
  const failed: BulkRowResult[] = [];
  for (const row of rows) {
    try {
      const urls = row.urls ?? prepareSubmission(row.input);
      prepared.push({ row, item: row.input.item ?? null, urls });
    } catch (error) {
      failed.push(failure(row, error));
    }
  }
  return { prepared, failed };
}

export function failure(row: BulkRow, error: unknown): BulkRowResult {
  if (!(error instanceof ApiError)) throw error;
  const detail = error.details?.[0];
  return {
    rowNumber: row.rowNumber,
    rowKey: row.rowKey,
    status: "failed",
    field: detail?.path ?? "(row)",
    reason: detail?.message ?? error.message,
    recorded: false,
  };
}
