import { Prisma } from "../generated/prisma/client";
import { recordAuditMany, type Actor } from "../audit/record-audit";

type Tx = Prisma.TransactionClient;

/** An item_campaigns row as it was before a decision (status null: there was no row). Undo restores it. */
export interface LinkBefore {
  itemId: string;
  status: "suggested" | "confirmed" | "rejected" | null;
  confidence: number | null;
  evidence: string | null;
  decidedById: string | null;
  decidedAt: string | null;
}

export interface LinkChange {
  itemId: string;
  score: number;
  reasons: Prisma.JsonValue;
}

const BATCH = 2000;

/** The current item_campaigns rows of these items in one campaign, locked for the rest of the transaction. */
export async function lockLinks(tx: Tx, campaignId: string, itemIds: readonly string[]): Promise<Map<string, LinkBefore>> {
  const rows = await tx.$queryRaw<{ item_id: string; status: LinkBefore["status"]; confidence: number; evidence: string | null; decided_by_id: string | null; decided_at: Date | null }[]>(Prisma.sql`
    SELECT item_id::text, status::text AS status, confidence, evidence, decided_by_id::text, decided_at
    FROM item_campaigns WHERE campaign_id = ${campaignId}::uuid AND item_id = ANY(${[...itemIds]}::uuid[])
    ORDER BY item_id FOR UPDATE`);
  return new Map(rows.map((r) => [r.item_id, {
    itemId: r.item_id, status: r.status, confidence: r.confidence, evidence: r.evidence,
    decidedById: r.decided_by_id, decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
  }]));
}

/**
 * Confirms (accept) or rejects the links of these items to a campaign in a few multi-row statements (a 5,000-item
 * suggestion must not take 15,000 round trips), with one audit event per link changed. A person's confirmed link is
 * never turned into a rejection by a machine suggestion, and a link already in the target state is left alone.
 * Returns the rows as they were before, for the decision record that undo reads.
 */
export async function setLinks(tx: Tx, campaignId: string, changes: readonly LinkChange[], target: "confirmed" | "rejected", actor: Actor, now: Date): Promise<LinkBefore[]> {
  const current = await lockLinks(tx, campaignId, changes.map((c) => c.itemId));
  const todo = changes.filter((c) => {
    const status = current.get(c.itemId)?.status;
    return target === "confirmed" ? status !== "confirmed" : status !== "confirmed" && status !== "rejected";
  });
  const decidedById = actor.kind === "system" ? null : actor.userId;
  const evidence = target === "confirmed" ? "Accepted clustering suggestion" : null;
  for (let at = 0; at < todo.length; at += BATCH) {
    const batch = todo.slice(at, at + BATCH);
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO item_campaigns (item_id, campaign_id, confidence, status, reasons, evidence, decided_by_id, decided_at, updated_at)
      SELECT i, ${campaignId}::uuid, f, ${target}::"LinkStatus", r::jsonb, ${evidence}, ${decidedById}::uuid, ${now}, now()
      FROM unnest(${batch.map((c) => c.itemId)}::uuid[], ${batch.map((c) => c.score)}::float8[], ${batch.map((c) => JSON.stringify(c.reasons ?? []))}::text[]) AS t(i, f, r)
      ON CONFLICT (item_id, campaign_id) DO UPDATE SET status = EXCLUDED.status, confidence = EXCLUDED.confidence,
        reasons = EXCLUDED.reasons, evidence = COALESCE(EXCLUDED.evidence, item_campaigns.evidence),
        decided_by_id = EXCLUDED.decided_by_id, decided_at = EXCLUDED.decided_at, updated_at = now()`);
  }
  const before = todo.map((c) => current.get(c.itemId) ?? { itemId: c.itemId, status: null, confidence: null, evidence: null, decidedById: null, decidedAt: null });
  await recordAuditMany(tx, actor, before.map((b) => ({
    action: target === "confirmed" ? "link.confirm" : "link.reject",
    entityType: "item_campaign",
    entityId: `${b.itemId}:${campaignId}`,
    before: b.status ? b : undefined,
    after: { itemId: b.itemId, campaignId, status: target, evidence, decidedById, decidedAt: now.toISOString() },
  })));
  return before;
}

/**
 * Puts links back as `before` says (undo): a row that did not exist becomes a 'suggested' link again, which is what
 * the re-opened suggestion proposes (nothing is deleted). One audit event per link.
 */
export async function restoreLinks(tx: Tx, campaignId: string, before: readonly LinkBefore[], actor: Actor): Promise<void> {
  for (let at = 0; at < before.length; at += BATCH) {
    const batch = before.slice(at, at + BATCH);
    await tx.$executeRaw(Prisma.sql`
      UPDATE item_campaigns AS ic SET status = COALESCE(t.s, 'suggested')::"LinkStatus", confidence = COALESCE(t.f, ic.confidence),
        evidence = t.e, decided_by_id = t.d, decided_at = t.a, updated_at = now()
      FROM unnest(${batch.map((b) => b.itemId)}::uuid[], ${batch.map((b) => b.status)}::text[], ${batch.map((b) => b.confidence)}::float8[],
        ${batch.map((b) => b.evidence)}::text[], ${batch.map((b) => b.decidedById)}::uuid[], ${batch.map((b) => b.decidedAt)}::timestamptz[]) AS t(i, s, f, e, d, a)
      WHERE ic.item_id = t.i AND ic.campaign_id = ${campaignId}::uuid`);
  }
  await recordAuditMany(tx, actor, before.map((b) => ({
    action: "link.undo",
    entityType: "item_campaign",
    entityId: `${b.itemId}:${campaignId}`,
    after: { ...b, campaignId, status: b.status ?? "suggested" },
  })));
}
