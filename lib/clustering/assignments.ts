import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { csvCell } from "../imports/jobs/failures-csv";
import type { ClusterItem, ClusterResult } from "./types";

export const ASSIGNMENT_COLUMNS = ["item_id", "canonical_url", "row_key", "content_cluster", "suggestion_id", "suggested_campaign_id", "top_reason"] as const;

/**
 * The assignments table of a saved run, for researchers and for checking the engine against a ground truth: one row
 * per item and open suggestion of the run it is in (one row with an empty suggestion when it is in none). The content
 * cluster is the engine's number within this run (equal numbers: the same content); the import row key is the first
 * one an import recorded for the item, so a row of the source file can be joined back.
 */
export async function assignmentRows(
  db: PrismaClient, runId: string, items: readonly ClusterItem[], result: Pick<ClusterResult, "contentOf" | "topReasonOf">,
): Promise<string[][]> {
  const [urls, keys, members] = await Promise.all([
    db.$queryRaw<{ id: string; url: string | null }[]>(Prisma.sql`SELECT id::text, canonical_url AS url FROM items WHERE deleted_at IS NULL`),
    db.$queryRaw<{ id: string; key: string }[]>(Prisma.sql`
      SELECT DISTINCT ON (item_id) item_id::text AS id, row_key AS key FROM import_job_rows
      WHERE item_id IS NOT NULL AND row_key IS NOT NULL ORDER BY item_id, created_at, row_number`),
    db.$queryRaw<{ item: string; suggestion: string; campaign: string | null }[]>(Prisma.sql`
      SELECT m.item_id::text AS item, s.id::text AS suggestion, s.campaign_id::text AS campaign
      FROM cluster_suggestion_items m JOIN cluster_suggestions s ON s.id = m.suggestion_id
      WHERE s.run_id = ${runId}::uuid ORDER BY s.id`),
  ]);
  const urlOf = new Map(urls.map((r) => [r.id, r.url]));
  const keyOf = new Map(keys.map((r) => [r.id, r.key]));
  const suggestionsOf = new Map<string, { suggestion: string; campaign: string | null }[]>();
  for (const m of members) suggestionsOf.set(m.item, [...(suggestionsOf.get(m.item) ?? []), m]);
  const rows: string[][] = [];
  items.forEach((item, i) => {
    const base = [item.id, urlOf.get(item.id) ?? "", keyOf.get(item.id) ?? "", String(result.contentOf[i])];
    const reason = result.topReasonOf[i] ?? "";
    const groups = suggestionsOf.get(item.id) ?? [];
    if (!groups.length) rows.push([...base, "", "", reason]);
    for (const g of groups) rows.push([...base, g.suggestion, g.campaign ?? "", reason]);
  });
  return rows;
}

export const assignmentsCsv = (rows: readonly string[][]) =>
  [ASSIGNMENT_COLUMNS.join(","), ...rows.map((r) => r.map((cell) => csvCell(cell)).join(","))].join("\r\n") + "\r\n";
