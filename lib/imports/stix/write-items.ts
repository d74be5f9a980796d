import { storeRawValues } from "../jobs/store-raw-values";
import { sqlTransaction, type SqlTransaction } from "../../db/sql-transaction";
import { isTransactionConflict } from "../../db/transaction-conflict";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import type { Actor } from "../../audit/record-audit";
import { BulkRaceError, ingestBatch, type BulkRow, type BulkRowResult } from "../../ingest/bulk/ingest-batch";
import { insertAudit } from "../../ingest/bulk/write-sightings";
import { normaliseHandle } from "../../ingest/resolve-references";
import { refreshDerivedColumns } from "../../sightings/derived";
import type { RowResult } from "../jobs/row-result";
import type { CampaignLink, ItemPlan } from "./item-input";

export interface PlannedItem {
  observedRow: number;
  observedId: string;
  plan: ItemPlan;
}

const ATTEMPTS = 3;
const key = (stixId: string) => `stix:${stixId}`;

/**
 * Writes a batch of items in ONE transaction through the bulk ingest path: first every item with its first
 * sighting (ingestBatch creates or merges by URL / file hash), then every further sighting attached to its item by
 * id — so an item without URL or file keeps all its sightings too — then the campaign links with their confidence
 * and status, audited. ImportJobRows of what ingestBatch writes commit with it. Re-importing is idempotent: an
 * observed-data or sighting whose row key ("stix:<id>") any job already imported is skipped.
 */
export async function writeStixItems(prisma: PrismaClient, jobId: string, actor: Actor, items: readonly PlannedItem[]): Promise<Map<number, RowResult>> {
  const keys = items.flatMap((i) => [key(i.observedId), ...i.plan.more.map((s) => key(s.id))]);
  const prior = await sqlTransaction(prisma, (tx) => priorRows(tx, keys));
  for (let attempt = 1; ; attempt++) {
    try {
      return await sqlTransaction(prisma, (tx) => writeInTransaction(tx, jobId, actor, items, prior), { timeout: 300_000, maxWait: 60_000 });
    } catch (error) {
      if ((error instanceof BulkRaceError || isTransactionConflict(error)) && attempt < ATTEMPTS) continue;
      throw error;
    }
  }
}

async function writeInTransaction(tx: SqlTransaction, jobId: string, actor: Actor, items: readonly PlannedItem[], prior: Map<string, PriorRow>) {
  const results = new Map<number, RowResult>();
  const options = { channel: "import" as const, actor, importJobId: jobId };
  const already = (p: PriorRow) => `already imported (job ${p.jobId.slice(0, 8)}, row ${p.rowNumber})`;
  const itemOf = new Map<string, string>();
  const creators: BulkRow[] = [];
  for (const i of items) {
    const p = prior.get(key(i.observedId));
    if (p) {
      results.set(i.observedRow, { rowNumber: i.observedRow, status: "skipped", rowKey: key(i.observedId), itemId: p.itemId, reason: already(p) });
      if (p.itemId) itemOf.set(i.observedId, p.itemId);
    } else {
      creators.push({ rowNumber: i.observedRow, rowKey: key(i.observedId), input: i.plan.input });
    }
  }
  const written = new Map<number, BulkRowResult>((await ingestBatch(tx, creators, options)).map((r) => [r.rowNumber, r]));
  const channels: { sighting: string; channel: string }[] = [];
  for (const i of items) {
    const r = written.get(i.observedRow);
    if (!r) continue;
    results.set(i.observedRow, { ...r, itemId: r.itemId ?? null, sightingId: null, field: r.field ?? null, reason: r.reason ?? null });
    if (r.itemId) itemOf.set(i.observedId, r.itemId);
    const first = i.plan.firstSighting;
    if (first && r.sightingId) {
      results.set(first.rowNumber, { rowNumber: first.rowNumber, status: r.status, rowKey: key(first.id), itemId: r.itemId, sightingId: r.sightingId, reason: `first sighting of ${i.observedId}` });
      if (first.channel) channels.push({ sighting: r.sightingId, channel: first.channel });
    }
  }
  const attached: BulkRow[] = [];
  const channelOf = new Map<number, string>();
  for (const i of items) {
    const itemId = itemOf.get(i.observedId);
    for (const s of i.plan.more) {
      const p = prior.get(key(s.id));
      if (p) results.set(s.rowNumber, { rowNumber: s.rowNumber, status: "skipped", rowKey: key(s.id), itemId: p.itemId, sightingId: p.sightingId, reason: already(p) });
      else if (itemId) attached.push({ rowNumber: s.rowNumber, rowKey: key(s.id), input: { itemId, sighting: s.sighting } });
      if (s.channel) channelOf.set(s.rowNumber, s.channel);
    }
  }
  for (const r of await ingestBatch(tx, attached, options)) {
    results.set(r.rowNumber, { ...r, itemId: r.itemId ?? null, sightingId: r.sightingId ?? null, field: r.field ?? null, reason: r.reason ?? null });
    if (r.sightingId && channelOf.has(r.rowNumber)) channels.push({ sighting: r.sightingId, channel: channelOf.get(r.rowNumber)! });
  }
  await storeRawValues(tx, jobId, items.map((i) => ({ rowNumber: i.observedRow, itemId: itemOf.get(i.observedId), rawValues: i.plan.rawValues })));
  await restoreChannels(tx, channels);
  await fillAccountDetails(tx, actor, items.flatMap((i) => i.plan.accountDetails));
  await writeCampaignLinks(tx, actor, items.flatMap((i) => {
    const itemId = itemOf.get(i.observedId);
    return itemId ? i.plan.campaignLinks.map((l) => ({ ...l, itemId })) : [];
  }));
  return results;
}

/**
 * How each sighting first came in (form, API, import …) is part of its record: the bundle says it, and the
 * sighting keeps it; import_job_id still says which job brought it here.
 */
async function restoreChannels(tx: SqlTransaction, rows: { sighting: string; channel: string }[]) {
  const valid = rows.filter((r) => ["form", "api", "seed"].includes(r.channel));
  if (!valid.length) return;
  await tx.$executeRaw(Prisma.sql`UPDATE sightings s SET channel = u.c::"IngestChannel"
    FROM unnest(${valid.map((r) => r.sighting)}::uuid[], ${valid.map((r) => r.channel)}::text[]) AS u(id, c) WHERE s.id = u.id`);
}

/** An account's display name and label, where the account has none yet (a value someone set is kept), audited. */
async function fillAccountDetails(tx: SqlTransaction, actor: Actor, accounts: ItemPlan["accountDetails"]) {
  if (!accounts.length) return;
  const updated = await tx.$queryRaw<{ id: string; display_name: string | null; label: string | null }[]>(Prisma.sql`
    UPDATE accounts a SET display_name = COALESCE(a.display_name, u.display_name), label = COALESCE(a.label, u.label)
    FROM (SELECT DISTINCT ON (p, h) * FROM unnest(${accounts.map((a) => a.platform.trim().toLowerCase())}::text[], ${accounts.map((a) => normaliseHandle(a.handle))}::text[],
      ${accounts.map((a) => a.displayName ?? null)}::text[], ${accounts.map((a) => a.label ?? null)}::text[]) AS v(p, h, display_name, label)) u
    WHERE a.platform = u.p AND a.handle = u.h AND a.deleted_at IS NULL
      AND ((a.display_name IS NULL AND u.display_name IS NOT NULL) OR (a.label IS NULL AND u.label IS NOT NULL))
    RETURNING a.id::text, a.display_name, a.label`);
  await insertAudit(tx, actor, updated.map((a) => ({ action: "update", entityType: "account", entityId: a.id, before: null, after: { displayName: a.display_name, label: a.label } })));
}

/** Every link of the bundle, with its confidence, status and reasons; a link the item already has is left as it is. */
async function writeCampaignLinks(tx: SqlTransaction, actor: Actor, links: (CampaignLink & { itemId: string })[]) {
  if (!links.length) return;
  const inserted = await tx.$queryRaw<{ item_id: string; campaign_id: string; status: string; confidence: number }[]>(Prisma.sql`
    INSERT INTO item_campaigns (item_id, campaign_id, confidence, status, reasons, evidence, decided_at)
    SELECT u.item, u.campaign, u.confidence, u.status::"LinkStatus", u.reasons::jsonb, u.evidence, u.decided_at
    FROM unnest(${links.map((l) => l.itemId)}::uuid[], ${links.map((l) => l.campaignId)}::uuid[], ${links.map((l) => l.confidence)}::float8[],
      ${links.map((l) => l.status)}::text[], ${links.map((l) => JSON.stringify(l.reasons))}::text[], ${links.map((l) => l.evidence ?? null)}::text[],
      ${links.map((l) => l.decidedAt ?? null)}::timestamptz[]) AS u(item, campaign, confidence, status, reasons, evidence, decided_at)
    ON CONFLICT DO NOTHING
    RETURNING item_id::text, campaign_id::text, status::text, confidence`);
  if (!inserted.length) return;
  await insertAudit(tx, actor, inserted.map((l) => ({
    action: "link", entityType: "item", entityId: l.item_id, before: null, after: { campaignId: l.campaign_id, status: l.status, confidence: l.confidence, via: "stix import" },
  })));
  await refreshDerivedColumns(tx, { itemIds: [...new Set(inserted.map((l) => l.item_id))] });
}

interface PriorRow {
  jobId: string;
  rowNumber: number;
  itemId: string | null;
  sightingId: string | null;
}

async function priorRows(tx: SqlTransaction, keys: string[]): Promise<Map<string, PriorRow>> {
  if (!keys.length) return new Map();
  const rows = await tx.$queryRaw<{ row_key: string; job_id: string; row_number: number; item_id: string | null; sighting_id: string | null }[]>(Prisma.sql`
    SELECT DISTINCT ON (r.row_key) r.row_key, r.job_id::text, r.row_number, r.item_id::text, r.sighting_id::text
    FROM unnest(${keys}::text[]) AS k(key) JOIN import_job_rows r ON r.row_key = k.key
    WHERE r.status IN ('created', 'merged')
    ORDER BY r.row_key, r.created_at`);
  return new Map(rows.map((r) => [r.row_key, { jobId: r.job_id, rowNumber: r.row_number, itemId: r.item_id, sightingId: r.sighting_id }]));
}
