import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { recordAudit, type Actor } from "../audit/record-audit";
import { domainsOf } from "./domains";
import { hashtagsOf } from "./hashtags";
import { findNeighbours } from "./item-neighbours";
import { loadLabels } from "./load-input";
import { itemReasons } from "./reasons";
import { saveSuggestions } from "./save-suggestions";
import type { ClusterItem, SignalName, Suggestion } from "./types";
import { KEY_SIGNALS, logistic, MODEL, sizeClass, timeClass } from "./model";
import { INCREMENTAL_TOP, MIN_INCREMENTAL_SCORE, SIGNAL_BIT } from "./weights";

type Sql = Pick<PrismaClient, "$queryRaw">;

async function loadItem(db: Sql, itemId: string) {
  const rows = await db.$queryRaw<{
    title: string | null; text: string | null; file_sha256: string | null; text_minhash: number[]; lsh_bands: number[]; canonical_url: string | null; first_seen_at: Date | null;
    mentions: string[]; persons: string[]; targets: string[]; outlets: string[]; accounts: string[]; urls: string[]; narratives: string[]; markers: string[]; techniques: string[];
  }[]>(Prisma.sql`
    SELECT i.title, i.text, i.file_sha256, i.text_minhash, i.lsh_bands, i.canonical_url, i.first_seen_at,
      ARRAY(SELECT person_id::text FROM item_persons WHERE item_id = i.id AND role = 'impersonated') AS persons,
      ARRAY(SELECT person_id::text FROM item_persons WHERE item_id = i.id AND role = 'targeted') AS targets,
      ARRAY(SELECT organization_id::text FROM item_organizations WHERE item_id = i.id AND role = 'impersonated') AS outlets,
      ARRAY(SELECT DISTINCT account_id::text FROM sightings WHERE item_id = i.id AND account_id IS NOT NULL AND deleted_at IS NULL) AS accounts,
      ARRAY(SELECT DISTINCT canonical_url FROM sightings WHERE item_id = i.id AND canonical_url IS NOT NULL AND deleted_at IS NULL) AS urls,
      ARRAY(SELECT narrative_id::text FROM item_narratives WHERE item_id = i.id) AS narratives,
      ARRAY(SELECT organization_id::text FROM item_organizations WHERE item_id = i.id AND role <> 'impersonated') AS mentions,
      ARRAY(SELECT DISTINCT marker_id::text FROM marker_annotations WHERE item_id = i.id AND deleted_at IS NULL) AS markers,
      ARRAY(SELECT technique_id FROM item_techniques WHERE item_id = i.id) AS techniques
    FROM items i WHERE i.id = ${itemId}::uuid AND i.deleted_at IS NULL`);
  const row = rows[0];
  if (!row) return null;
  const item: ClusterItem = {
    id: itemId, fileSha256: row.file_sha256?.trim() || null, minhash: row.text_minhash, persons: row.persons, targets: row.targets,
    outlets: row.outlets, accounts: row.accounts, domains: domainsOf([row.canonical_url, ...row.urls]), narratives: row.narratives,
    mentions: row.mentions, hashtags: hashtagsOf(row.title, row.text),
    markers: row.markers, techniques: row.techniques, firstSeenAt: row.first_seen_at?.getTime() ?? null,
  };
  return { item, bands: row.lsh_bands };
}

/**
 * The top campaigns for one item, computed at once from the database's indexes (no full scan): neighbours that
 * share a key with it — same file (file_sha256), near-identical text (lsh_bands GIN, verified), same impersonated
 * person or outlet, same account (sightings.account_id), same domain (canonical_url range), narrative, marker,
 * target, technique — and are confirmed in a campaign (item-neighbours.ts). Scored like a full run: an item's tie to the campaign
 * (noisy-OR of its three strongest edges) × that campaign's share of the evidence.
 */
export async function computeItemSuggestions(db: Sql, itemId: string): Promise<Suggestion[]> {
  const loaded = await loadItem(db, itemId);
  if (!loaded) return [];
  const { item, bands } = loaded;
  const { neighbours, capped, holders, total } = await findNeighbours(db, item, bands);

  const byCampaign = new Map<string, { weights: number[]; total: number; members: string[] }>();
  let evidence = 0;
  for (const [id, n] of neighbours) {
    // The full run's edge model: each shared signal weighted by its value's rarity class, plus the time term.
    let z = MODEL.bias + MODEL.time[timeClass((n.item.firstSeenAt ?? Number.NaN) - (item.firstSeenAt ?? Number.NaN))];
    for (const signal of KEY_SIGNALS) {
      if (n.mask & SIGNAL_BIT[signal]) z += MODEL.key[signal][sizeClass(Math.max(2, holders.get(signal) ?? 2), total)] ?? 0;
    }
    const w = logistic(z);
    if (w < MODEL.minEdge) continue;
    evidence += w;
    for (const c of n.campaigns) {
      const entry = byCampaign.get(c) ?? byCampaign.set(c, { weights: [], total: 0, members: [] }).get(c)!;
      entry.weights.push(w);
      entry.total += w;
      entry.members.push(id);
    }
  }
  const scored = [...byCampaign.entries()].map(([campaignId, e]) => {
    const top = e.weights.sort((x, y) => y - x).slice(0, 3);
    const tie = 1 - top.reduce((keep, w) => keep * (1 - w), 1);
    return { campaignId, members: e.members, score: Math.round(tie * Math.min(1, e.total / evidence) * 100) / 100 };
  }).filter((s) => s.score >= MIN_INCREMENTAL_SCORE)
    .sort((x, y) => y.score - x.score || (x.campaignId < y.campaignId ? -1 : 1))
    .slice(0, INCREMENTAL_TOP);
  if (scored.length === 0) return [];

  const all = [item, ...[...neighbours.values()].map((n) => n.item)];
  const index = new Map(all.map((it, i) => [it.id, i]));
  const keys = new Set(all.flatMap((it) => [...it.persons, ...it.targets, ...it.outlets, ...it.accounts, ...it.narratives, ...it.markers, ...it.techniques]));
  const labels = await loadLabels(db, { ids: [...keys, ...scored.map((s) => s.campaignId)] });
  const label = (id: string) => labels.get(id) ?? id;
  return scored.map(({ campaignId, members, score }) => {
    const neighboursBySignal = new Map<SignalName, number[]>();
    for (const id of members) {
      const mask = neighbours.get(id)!.mask;
      for (const signal of Object.keys(SIGNAL_BIT) as SignalName[]) {
        if (mask & SIGNAL_BIT[signal]) (neighboursBySignal.get(signal) ?? neighboursBySignal.set(signal, []).get(signal)!).push(index.get(id)!);
      }
    }
    // A key that filled its cap is shared by more campaign items than were compared: the count is a sample.
    const reasons = itemReasons(item, { neighboursBySignal }, all, label)
      .map((r) => (capped.has(r.signal) ? { ...r, detail: `${r.detail} (a sample: more items share it)` } : r));
    return { campaignId, score, reasons, members: [{ itemId, score, reasons }] };
  });
}

/**
 * Computes an item's top suggestions and stores them (runId null), superseding its earlier open ones, in one
 * transaction with an audit event. Called after a sighting is logged through the form or the API.
 */
export async function suggestForItem(prisma: PrismaClient, itemId: string, actor: Actor): Promise<string[]> {
  const suggestions = await computeItemSuggestions(prisma, itemId);
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw(Prisma.sql`
      UPDATE cluster_suggestions SET status = 'superseded'
      WHERE status = 'open' AND run_id IS NULL AND id IN (SELECT suggestion_id FROM cluster_suggestion_items WHERE item_id = ${itemId}::uuid)`);
    const ids = await saveSuggestions(tx, null, suggestions);
    if (ids.length) {
      await recordAudit(tx, actor, {
        action: "clustering.suggest",
        entityType: "item",
        entityId: itemId,
        after: { suggestions: suggestions.map((s) => ({ campaignId: s.campaignId, score: s.score })) },
      });
    }
    return ids;
  });
}
