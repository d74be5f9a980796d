import { randomUUID } from "node:crypto";
import { Prisma } from "../generated/prisma/client";
import type { Suggestion } from "./types";

type Tx = Prisma.TransactionClient;
const json = (value: unknown) => value as Prisma.InputJsonValue;
const BATCH = 1000;

/**
 * Stores suggestions (of a run, or runId null for one item's incremental ones) inside the caller's transaction.
 * Links decided since the input was read are respected here: members already confirmed in the campaign, or
 * rejected for it, are dropped. Items proposed to an existing campaign also get a 'suggested' item_campaigns row
 * (the graph draws it dashed); a confirmed or rejected row is never touched.
 */
export async function saveSuggestions(tx: Tx, runId: string | null, suggestions: readonly Suggestion[]): Promise<string[]> {
  const itemIds = [...new Set(suggestions.flatMap((s) => s.members.map((m) => m.itemId)))];
  if (itemIds.length === 0) return [];
  const decided = await tx.$queryRaw<{ item_id: string; campaign_id: string; status: string }[]>(Prisma.sql`
    SELECT item_id::text, campaign_id::text, status::text FROM item_campaigns
    WHERE item_id = ANY(${itemIds}::uuid[]) AND status <> 'suggested'`);
  const confirmedAnywhere = new Set(decided.filter((d) => d.status === "confirmed").map((d) => d.item_id));
  const decidedFor = new Set(decided.map((d) => `${d.item_id}|${d.campaign_id}`));
  const ids: string[] = [];
  const rows: { suggestionId: string; itemId: string; score: number; reasons: string }[] = [];
  const heads: Prisma.ClusterSuggestionCreateManyInput[] = [];
  const links: { itemId: string; campaignId: string; confidence: number; reasons: string }[] = [];
  for (const s of suggestions) {
    const members = s.members.filter((m) => (s.campaignId ? !decidedFor.has(`${m.itemId}|${s.campaignId}`) : !confirmedAnywhere.has(m.itemId)));
    if (members.length === 0) continue;
    const id = randomUUID();
    ids.push(id);
    heads.push({ id, runId, campaignId: s.campaignId, score: s.score, reasons: json(s.reasons), itemCount: members.length });
    for (const m of members) {
      const reasons = JSON.stringify(m.reasons);
      rows.push({ suggestionId: id, itemId: m.itemId, score: m.score, reasons });
      if (s.campaignId) links.push({ itemId: m.itemId, campaignId: s.campaignId, confidence: m.score, reasons });
    }
  }
  await tx.clusterSuggestion.createMany({ data: heads });
  // Raw multi-row inserts in batches of BATCH: createMany spends ~130 µs of JS per row, and a batch of thousands of
  // rows held the event loop for over a second at 100k items.
  for (let at = 0; at < rows.length; at += BATCH) {
    const batch = rows.slice(at, at + BATCH);
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO cluster_suggestion_items (suggestion_id, item_id, score, reasons)
      SELECT s, i, f, r::jsonb FROM unnest(${batch.map((r) => r.suggestionId)}::uuid[], ${batch.map((r) => r.itemId)}::uuid[],
        ${batch.map((r) => r.score)}::float8[], ${batch.map((r) => r.reasons)}::text[]) AS t(s, i, f, r)`);
  }
  for (let at = 0; at < links.length; at += BATCH) {
    const batch = links.slice(at, at + BATCH);
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO item_campaigns (item_id, campaign_id, confidence, status, reasons, updated_at)
      SELECT i, c, f, 'suggested', r::jsonb, now()
      FROM unnest(${batch.map((l) => l.itemId)}::uuid[], ${batch.map((l) => l.campaignId)}::uuid[],
                  ${batch.map((l) => l.confidence)}::float8[], ${batch.map((l) => l.reasons)}::text[]) AS t(i, c, f, r)
      ON CONFLICT (item_id, campaign_id) DO UPDATE SET confidence = EXCLUDED.confidence, reasons = EXCLUDED.reasons, updated_at = now()
      WHERE item_campaigns.status = 'suggested'`);
  }
  return ids;
}
