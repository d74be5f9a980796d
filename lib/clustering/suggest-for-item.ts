import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { recordAudit, type Actor } from "../audit/record-audit";
import { estimateJaccard } from "../text/minhash";
import { registrableDomain, domainsOf } from "./domains";
import { loadLabels } from "./load-input";
import { itemReasons } from "./reasons";
import { saveSuggestions } from "./save-suggestions";
import type { ClusterItem, SignalName, Suggestion } from "./types";
import {
  edgeWeight, hasStrongSignal, INCREMENTAL_TOP, MIN_EDGE_WEIGHT, MIN_INCREMENTAL_SCORE, NEIGHBOUR_CAP, SIGNAL_BIT,
  TEXT_FAMILY_THRESHOLD, TIME_WINDOW_DAYS,
} from "./weights";

type Sql = Pick<PrismaClient, "$queryRaw">;
type Row = { item_id: string; campaign_id: string; key: string };


const emptyItem = (id: string): ClusterItem => ({
  id, fileSha256: null, minhash: [], persons: [], targets: [], outlets: [], accounts: [], domains: [], narratives: [],
  markers: [], techniques: [], firstSeenAt: null,
});

async function loadItem(db: Sql, itemId: string) {
  const rows = await db.$queryRaw<{
    file_sha256: string | null; text_minhash: number[]; lsh_bands: number[]; canonical_url: string | null; first_seen_at: Date | null;
    persons: string[]; targets: string[]; outlets: string[]; accounts: string[]; urls: string[]; narratives: string[]; markers: string[]; techniques: string[];
  }[]>(Prisma.sql`
    SELECT i.file_sha256, i.text_minhash, i.lsh_bands, i.canonical_url, i.first_seen_at,
      ARRAY(SELECT person_id::text FROM item_persons WHERE item_id = i.id AND role = 'impersonated') AS persons,
      ARRAY(SELECT person_id::text FROM item_persons WHERE item_id = i.id AND role = 'targeted') AS targets,
      ARRAY(SELECT organization_id::text FROM item_organizations WHERE item_id = i.id AND role = 'impersonated') AS outlets,
      ARRAY(SELECT DISTINCT account_id::text FROM sightings WHERE item_id = i.id AND account_id IS NOT NULL AND deleted_at IS NULL) AS accounts,
      ARRAY(SELECT DISTINCT canonical_url FROM sightings WHERE item_id = i.id AND canonical_url IS NOT NULL AND deleted_at IS NULL) AS urls,
      ARRAY(SELECT narrative_id::text FROM item_narratives WHERE item_id = i.id) AS narratives,
      ARRAY(SELECT DISTINCT marker_id::text FROM marker_annotations WHERE item_id = i.id AND deleted_at IS NULL) AS markers,
      ARRAY(SELECT technique_id FROM item_techniques WHERE item_id = i.id) AS techniques
    FROM items i WHERE i.id = ${itemId}::uuid AND i.deleted_at IS NULL`);
  const row = rows[0];
  if (!row) return null;
  const item: ClusterItem = {
    id: itemId, fileSha256: row.file_sha256?.trim() || null, minhash: row.text_minhash, persons: row.persons, targets: row.targets,
    outlets: row.outlets, accounts: row.accounts, domains: domainsOf([row.canonical_url, ...row.urls]), narratives: row.narratives,
    markers: row.markers, techniques: row.techniques, firstSeenAt: row.first_seen_at?.getTime() ?? null,
  };
  return { item, bands: row.lsh_bands };
}


/**
 * The top campaigns for one item, computed at once from the database's indexes (no full scan): neighbours that
 * share a key with it — same file (file_sha256), near-identical text (lsh_bands GIN, verified), same impersonated
 * person or outlet, same account (sightings.account_id), same domain (canonical_url trigram index), narrative,
 * marker, target, technique — and are confirmed in a campaign. Scored like a full run: an item's tie to the campaign
 * (noisy-OR of its three strongest edges) × that campaign's share of the evidence.
 */
export async function computeItemSuggestions(db: Sql, itemId: string): Promise<Suggestion[]> {
  const loaded = await loadItem(db, itemId);
  if (!loaded) return [];
  const { item, bands } = loaded;
  // Neighbours come from the strong keys only, each lookup an indexed read capped at NEIGHBOUR_CAP rows
  // (MATERIALIZED keeps the planner on the index instead of a join from the items table); the weak signals
  // (target, technique), which cannot link two items on their own, are then checked on those neighbours alone.
  const lookups: [SignalName, Prisma.Sql | null][] = [
    ["same_file", item.fileSha256 ? Prisma.sql`SELECT id AS item_id, file_sha256::text AS key FROM items WHERE file_sha256 = ${item.fileSha256}` : null],
    ["near_identical_text", bands.length ? Prisma.sql`SELECT id AS item_id, '' AS key FROM items WHERE lsh_bands && ${bands}::int4[]` : null],
    ["same_person", item.persons.length ? Prisma.sql`SELECT item_id, person_id::text AS key FROM item_persons WHERE person_id = ANY(${item.persons}::uuid[]) AND role = 'impersonated'` : null],
    ["same_outlet", item.outlets.length ? Prisma.sql`SELECT item_id, organization_id::text AS key FROM item_organizations WHERE organization_id = ANY(${item.outlets}::uuid[]) AND role = 'impersonated'` : null],
    ["same_account", item.accounts.length ? Prisma.sql`SELECT item_id, account_id::text AS key FROM sightings WHERE account_id = ANY(${item.accounts}::uuid[]) AND deleted_at IS NULL` : null],
    // The same host, read as a range of the canonical_url index so the LIMIT stops it early (a trigram search for
    // '%.domain/%' must first collect every match: all items, when one site holds most of them). Subdomains are
    // left to full runs; the registrable domain is checked on the candidates in JS.
    ["same_domain", item.domains.length ? Prisma.sql`SELECT id AS item_id, ${item.domains[0]} AS key FROM items WHERE canonical_url >= ${`https://${item.domains[0]}/`} AND canonical_url < ${`https://${item.domains[0]}0`}` : null],
    ["shared_narrative", item.narratives.length ? Prisma.sql`SELECT item_id, narrative_id::text AS key FROM item_narratives WHERE narrative_id = ANY(${item.narratives}::uuid[])` : null],
    ["shared_marker", item.markers.length ? Prisma.sql`SELECT item_id, marker_id::text AS key FROM marker_annotations WHERE marker_id = ANY(${item.markers}::uuid[]) AND deleted_at IS NULL` : null],
  ];
  const used = lookups.filter((l): l is [SignalName, Prisma.Sql] => l[1] !== null);
  const rows = used.length === 0 ? [] : await db.$queryRaw<(Row & { signal: SignalName })[]>(Prisma.sql`
    WITH ${Prisma.join(used.map(([signal, sql], k) => Prisma.sql`${Prisma.raw(`k${k}`)} AS MATERIALIZED (SELECT ${signal}::text AS signal, item_id, key FROM (${sql}) AS q WHERE item_id <> ${itemId}::uuid LIMIT ${NEIGHBOUR_CAP})`), ", ")}
    SELECT k.signal, k.item_id::text, ic.campaign_id::text, k.key
    FROM (${Prisma.join(used.map((_, k) => Prisma.sql`SELECT * FROM ${Prisma.raw(`k${k}`)}`), " UNION ALL ")}) AS k
    JOIN item_campaigns ic ON ic.item_id = k.item_id AND ic.status = 'confirmed'
    JOIN campaigns c ON c.id = ic.campaign_id AND c.deleted_at IS NULL AND c.merged_into_id IS NULL`);

  const neighbours = new Map<string, { mask: number; campaigns: Set<string>; item: ClusterItem }>();
  for (const row of rows) {
    let n = neighbours.get(row.item_id);
    if (!n) neighbours.set(row.item_id, (n = { mask: 0, campaigns: new Set(), item: emptyItem(row.item_id) }));
    n.campaigns.add(row.campaign_id);
    n.mask |= SIGNAL_BIT[row.signal];
    addKey(n.item, row.signal, row.key);
  }
  await verifyTextAndTime(db, item, neighbours);

  const byCampaign = new Map<string, { weights: number[]; total: number; members: string[] }>();
  let evidence = 0;
  for (const [id, n] of neighbours) {
    const w = edgeWeight(n.mask);
    if (w < MIN_EDGE_WEIGHT) continue;
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
    const reasons = itemReasons(item, { neighboursBySignal }, all, label);
    return { campaignId, score, reasons, members: [{ itemId, score, reasons }] };
  });
}

function addKey(item: ClusterItem, signal: SignalName, key: string) {
  const push = (list: readonly string[]) => {
    if (!list.includes(key)) (list as string[]).push(key);
  };
  switch (signal) {
    case "same_file": item.fileSha256 = key; break;
    case "same_person": push(item.persons); break;
    case "same_outlet": push(item.outlets); break;
    case "same_account": push(item.accounts); break;
    case "same_domain": push(item.domains); break;
    case "shared_narrative": push(item.narratives); break;
    case "shared_marker": push(item.markers); break;
    case "same_target": push(item.targets); break;
    case "shared_technique": push(item.techniques); break;
    default: break;
  }
}

/** Text candidates are verified on their signatures; close_in_time joins pairs that already share a strong signal. */
async function verifyTextAndTime(db: Sql, item: ClusterItem, neighbours: Map<string, { mask: number; item: ClusterItem }>) {
  if (neighbours.size === 0) return;
  const ids = [...neighbours.keys()];
  // Signatures (128 integers each) are read only for the text candidates that need verifying.
  const textIds = ids.filter((id) => neighbours.get(id)!.mask & SIGNAL_BIT.near_identical_text);
  const rows = await db.$queryRaw<{ id: string; text_minhash: number[]; first_seen_at: Date | null; canonical_url: string | null; targets: string[]; techniques: string[] }[]>(Prisma.sql`
    SELECT i.id::text, CASE WHEN i.id = ANY(${textIds}::uuid[]) THEN i.text_minhash ELSE '{}'::int4[] END AS text_minhash, i.first_seen_at, i.canonical_url,
      ARRAY(SELECT person_id::text FROM item_persons WHERE item_id = i.id AND role = 'targeted' AND person_id = ANY(${[...item.targets]}::uuid[])) AS targets,
      ARRAY(SELECT technique_id FROM item_techniques WHERE item_id = i.id AND technique_id = ANY(${[...item.techniques]})) AS techniques
    FROM items i WHERE i.id = ANY(${ids}::uuid[]) AND i.deleted_at IS NULL`);
  const live = new Set(rows.map((r) => r.id));
  for (const id of ids) if (!live.has(id)) neighbours.delete(id);
  for (const row of rows) {
    const n = neighbours.get(row.id)!;
    if (n.mask & SIGNAL_BIT.near_identical_text && estimateJaccard(item.minhash, row.text_minhash) < TEXT_FAMILY_THRESHOLD) {
      n.mask &= ~SIGNAL_BIT.near_identical_text;
    }
    // The LIKE on the domain is a prefilter: keep only the same registrable domain.
    if (n.mask & SIGNAL_BIT.same_domain && registrableDomain(row.canonical_url) !== item.domains[0]) n.mask &= ~SIGNAL_BIT.same_domain;
    for (const key of row.targets) addKey(n.item, "same_target", key);
    for (const key of row.techniques) addKey(n.item, "shared_technique", key);
    if (row.targets.length) n.mask |= SIGNAL_BIT.same_target;
    if (row.techniques.length) n.mask |= SIGNAL_BIT.shared_technique;
    const t = row.first_seen_at?.getTime() ?? null;
    if (hasStrongSignal(n.mask) && t !== null && item.firstSeenAt !== null && Math.abs(t - item.firstSeenAt) <= TIME_WINDOW_DAYS * 86_400_000) {
      n.mask |= SIGNAL_BIT.close_in_time;
    }
  }
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
