import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { csvCell } from "../imports/jobs/failures-csv";
import type { ClusterItem, ClusterResult } from "./types";

export const ASSIGNMENT_COLUMNS = ["item_id", "canonical_url", "row_key", "content_cluster", "suggestion_id", "suggested_campaign_id", "top_reason"] as const;

type Tx = Prisma.TransactionClient;
const BATCH = 5_000;

/** Saves a run's content cluster and top reason per item (in the run's transaction); earlier runs' rows go. */
export async function saveAssignments(tx: Tx, runId: string, items: readonly ClusterItem[], result: Pick<ClusterResult, "contentOf" | "topReasonOf">) {
  await tx.$executeRaw(Prisma.sql`DELETE FROM cluster_run_items WHERE run_id <> ${runId}::uuid`);
  for (let at = 0; at < items.length; at += BATCH) {
    const slice = items.slice(at, at + BATCH);
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO cluster_run_items (run_id, item_id, content_cluster, top_reason)
      SELECT ${runId}::uuid, i, c, r FROM unnest(${slice.map((item) => item.id)}::uuid[],
        ${Array.from(result.contentOf.subarray(at, at + slice.length))}::int[], ${result.topReasonOf.slice(at, at + slice.length).map((r) => r ?? "")}::text[]) AS t(i, c, r)`);
  }
}

/**
 * The assignments table of a saved run, for researchers and for checking the engine against a ground truth: one row
 * per item and suggestion of the run it is in (one row with an empty suggestion when it is in none). The content
 * cluster is the engine's number within this run (equal numbers: the same content); the import row key is the first
 * one an import recorded for the item, so a row of the source file can be joined back. Items deleted since the run
 * are left out.
 */
export async function assignmentRows(db: PrismaClient | Tx, runId: string): Promise<string[][]> {
  const rows = await db.$queryRaw<{ item: string; url: string | null; key: string | null; content: number; suggestion: string | null; campaign: string | null; reason: string }[]>(Prisma.sql`
    SELECT a.item_id::text AS item, i.canonical_url AS url, k.row_key AS key, a.content_cluster AS content,
           s.id::text AS suggestion, s.campaign_id::text AS campaign, a.top_reason AS reason
    FROM cluster_run_items a
    JOIN items i ON i.id = a.item_id AND i.deleted_at IS NULL
    LEFT JOIN LATERAL (SELECT row_key FROM import_job_rows r WHERE r.item_id = a.item_id AND r.row_key IS NOT NULL
                       ORDER BY r.created_at, r.row_number LIMIT 1) k ON true
    LEFT JOIN cluster_suggestion_items m ON m.item_id = a.item_id
      AND m.suggestion_id IN (SELECT id FROM cluster_suggestions WHERE run_id = ${runId}::uuid)
    LEFT JOIN cluster_suggestions s ON s.id = m.suggestion_id
    WHERE a.run_id = ${runId}::uuid
    ORDER BY a.content_cluster, a.item_id, s.id`);
  return rows.map((r) => [r.item, r.url ?? "", r.key ?? "", String(r.content), r.suggestion ?? "", r.campaign ?? "", r.reason]);
}

export const assignmentsCsv = (rows: readonly string[][]) =>
  [ASSIGNMENT_COLUMNS.join(","), ...rows.map((r) => r.map((cell) => csvCell(cell)).join(","))].join("\r\n") + "\r\n";
