import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { registrableDomain } from "./domains";
import type { ClusterItem, SignalName } from "./types";
import {
  hasStrongSignal, NEIGHBOUR_CAP, SCAN_CAP, SIGNAL_BIT, TEXT_FAMILY_THRESHOLD, TIME_WINDOW_DAYS,
} from "./weights";

type Sql = Pick<PrismaClient, "$queryRaw">;

export interface Neighbour {
  mask: number;
  campaigns: string[];
  /** The neighbour's keys that it shares with the item, enough to name them in reasons. */
  item: ClusterItem;
}

export interface NeighbourLookup {
  neighbours: Map<string, Neighbour>;
  /** Signals whose lookup filled NEIGHBOUR_CAP: more campaign items share the key than were compared. */
  capped: Set<SignalName>;
  /** How many items hold the item's values of each signal (counted up to HOLDER_COUNT_CAP), and all live items: the rarity. */
  holders: Map<SignalName, number>;
  total: number;
}

/** Holders are counted up to this many: beyond it a value is common whatever its exact count. */
const HOLDER_COUNT_CAP = 20_000;

const emptyItem = (id: string): ClusterItem => ({
  id, fileSha256: null, minhash: [], persons: [], targets: [], outlets: [], accounts: [], domains: [], narratives: [], mentions: [], hashtags: [],
  markers: [], techniques: [], firstSeenAt: null,
});

/** One indexed read per strong key the item has; each yields (item_id, key). */
function keyLookups(item: ClusterItem, bands: readonly number[]): [SignalName, Prisma.Sql][] {
  const lookups: [SignalName, Prisma.Sql | null][] = [
    ["same_file", item.fileSha256 ? Prisma.sql`SELECT id AS item_id, file_sha256::text AS key FROM items WHERE file_sha256 = ${item.fileSha256}` : null],
    ["near_identical_text", bands.length ? Prisma.sql`SELECT id AS item_id, '' AS key FROM items WHERE lsh_bands && ${bands}::int4[]` : null],
    ["same_person", item.persons.length ? Prisma.sql`SELECT item_id, person_id::text AS key FROM item_persons WHERE person_id = ANY(${item.persons}::uuid[]) AND role = 'impersonated'` : null],
    ["same_outlet", item.outlets.length ? Prisma.sql`SELECT item_id, organization_id::text AS key FROM item_organizations WHERE organization_id = ANY(${item.outlets}::uuid[]) AND role = 'impersonated'` : null],
    ["same_account", item.accounts.length ? Prisma.sql`SELECT item_id, account_id::text AS key FROM sightings WHERE account_id = ANY(${item.accounts}::uuid[]) AND deleted_at IS NULL` : null],
    // The same host, read as a range of the canonical_url index (a trigram search for '%.domain/%' must first
    // collect every match: all items, when one site holds most of them). Subdomains are left to full runs; the
    // registrable domain is checked on the candidates below.
    ["same_domain", item.domains.length ? Prisma.sql`SELECT id AS item_id, ${item.domains[0]} AS key FROM items WHERE canonical_url >= ${`https://${item.domains[0]}/`} AND canonical_url < ${`https://${item.domains[0]}0`}` : null],
    ["shared_narrative", item.narratives.length ? Prisma.sql`SELECT item_id, narrative_id::text AS key FROM item_narratives WHERE narrative_id = ANY(${item.narratives}::uuid[])` : null],
    ["shared_marker", item.markers.length ? Prisma.sql`SELECT item_id, marker_id::text AS key FROM marker_annotations WHERE marker_id = ANY(${item.markers}::uuid[]) AND deleted_at IS NULL` : null],
  ];
  return lookups.filter((l): l is [SignalName, Prisma.Sql] => l[1] !== null);
}

interface Row {
  item_id: string;
  signals: SignalName[];
  keys: string[];
  campaigns: string[];
  equal_rows: number | null;
  signature_size: number | null;
  first_seen_at: Date | null;
  canonical_url: string | null;
  targets: string[];
  techniques: string[];
}

/**
 * Items confirmed in a live campaign that share a strong key with `item`, with everything the scoring needs, in
 * one statement (one round trip; rows are per neighbour, not per key, so little crosses to Node).
 *
 * Each key is read through a MATERIALIZED CTE with no LIMIT of its own, so the planner keeps the index (with a
 * LIMIT right on `lsh_bands && …` it expected thousands of hits and chose a sequential scan: 0.6–2 s on 100k
 * items when fewer than the limit matched). The CTE is read lazily: at most SCAN_CAP keyed rows are walked, and of
 * those the first NEIGHBOUR_CAP confirmed in a campaign are kept, so a template text shared by thousands of items
 * costs a bounded read and its campaign members are not crowded out by unconfirmed copies. Text candidates are
 * verified on their signatures in SQL (positions equal), so the 128 integers never leave the database; the weak
 * keys (target, technique), which cannot link two items on their own, are checked on these neighbours alone.
 */
export async function findNeighbours(db: Sql, item: ClusterItem, bands: readonly number[]): Promise<NeighbourLookup> {
  const lookups = keyLookups(item, bands);
  const neighbours = new Map<string, Neighbour>();
  const capped = new Set<SignalName>();
  const holders = new Map<SignalName, number>();
  const [{ total }] = await db.$queryRaw<{ total: number }[]>(Prisma.sql`SELECT count(*)::int AS total FROM items WHERE deleted_at IS NULL`);
  if (lookups.length === 0) return { neighbours, capped, holders, total };
  // One count per signal over all the item's values of it (a full run weighs the rarest value: this is conservative).
  const counts = await db.$queryRaw<{ signal: SignalName; holders: number }[]>(Prisma.sql`
    ${Prisma.join(lookups.map(([signal, sql]) => Prisma.sql`SELECT ${signal}::text AS signal,
      (SELECT count(DISTINCT item_id)::int FROM (SELECT item_id FROM (${sql}) AS k LIMIT ${HOLDER_COUNT_CAP}) AS c) AS holders`), " UNION ALL ")}`);
  for (const c of counts) holders.set(c.signal, c.holders);
  const none = Prisma.sql`'{}'::text[]`;
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH ${Prisma.join(lookups.map(([, sql], k) => Prisma.sql`${Prisma.raw(`k${k}`)} AS MATERIALIZED (${sql})`), ", ")},
    hits AS (${Prisma.join(lookups.map(([signal], k) => Prisma.sql`(SELECT ${signal}::text AS signal, n.item_id, n.key, ic.campaign_id
      FROM (SELECT item_id, key FROM ${Prisma.raw(`k${k}`)} WHERE item_id <> ${item.id}::uuid LIMIT ${SCAN_CAP}) AS n
      JOIN item_campaigns ic ON ic.item_id = n.item_id AND ic.status = 'confirmed'
      JOIN campaigns c ON c.id = ic.campaign_id AND c.deleted_at IS NULL AND c.merged_into_id IS NULL
      LIMIT ${NEIGHBOUR_CAP})`), " UNION ALL ")}),
    nb AS (SELECT item_id, array_agg(DISTINCT signal) AS signals, array_agg(DISTINCT signal || ' ' || key) FILTER (WHERE key <> '') AS keys,
        array_agg(DISTINCT campaign_id::text) AS campaigns
      FROM hits GROUP BY item_id)
    SELECT nb.item_id::text, nb.signals, coalesce(nb.keys, '{}') AS keys, nb.campaigns,
      CASE WHEN 'near_identical_text' = ANY(nb.signals) THEN
        (SELECT count(*) FROM unnest(i.text_minhash, ${Array.from(item.minhash)}::int4[]) AS u(a, b) WHERE a = b)::int END AS equal_rows,
      cardinality(i.text_minhash) AS signature_size, i.first_seen_at, i.canonical_url,
      ${item.targets.length ? Prisma.sql`ARRAY(SELECT person_id::text FROM item_persons WHERE item_id = i.id AND role = 'targeted' AND person_id = ANY(${[...item.targets]}::uuid[]))` : none} AS targets,
      ${item.techniques.length ? Prisma.sql`ARRAY(SELECT technique_id FROM item_techniques WHERE item_id = i.id AND technique_id = ANY(${[...item.techniques]}))` : none} AS techniques
    FROM nb JOIN items i ON i.id = nb.item_id AND i.deleted_at IS NULL`);

  const perSignal = new Map<SignalName, number>();
  for (const row of rows) {
    const n: Neighbour = { mask: 0, campaigns: row.campaigns, item: emptyItem(row.item_id) };
    for (const signal of row.signals) {
      n.mask |= SIGNAL_BIT[signal];
      perSignal.set(signal, (perSignal.get(signal) ?? 0) + 1);
    }
    for (const tagged of row.keys) {
      const space = tagged.indexOf(" ");
      addKey(n.item, tagged.slice(0, space) as SignalName, tagged.slice(space + 1));
    }
    verify(n, item, row);
    neighbours.set(row.item_id, n);
  }
  for (const [signal, count] of perSignal) if (count >= NEIGHBOUR_CAP) capped.add(signal);
  return { neighbours, capped, holders, total };
}

/** Text candidates must reach the family threshold; close_in_time joins pairs that already share a strong signal. */
function verify(n: Neighbour, item: ClusterItem, row: Row) {
  const size = item.minhash.length;
  if (n.mask & SIGNAL_BIT.near_identical_text && (size === 0 || row.signature_size !== size || (row.equal_rows ?? 0) / size < TEXT_FAMILY_THRESHOLD)) {
    n.mask &= ~SIGNAL_BIT.near_identical_text;
  }
  // The range read on the host is a prefilter: keep only the same registrable domain.
  if (n.mask & SIGNAL_BIT.same_domain && registrableDomain(row.canonical_url) !== item.domains[0]) n.mask &= ~SIGNAL_BIT.same_domain;
  for (const key of row.targets) addKey(n.item, "same_target", key);
  for (const key of row.techniques) addKey(n.item, "shared_technique", key);
  if (row.targets.length) n.mask |= SIGNAL_BIT.same_target;
  if (row.techniques.length) n.mask |= SIGNAL_BIT.shared_technique;
  const t = row.first_seen_at?.getTime() ?? null;
  (n.item as { firstSeenAt: number | null }).firstSeenAt = t;
  if (hasStrongSignal(n.mask) && t !== null && item.firstSeenAt !== null && Math.abs(t - item.firstSeenAt) <= TIME_WINDOW_DAYS * 86_400_000) {
    n.mask |= SIGNAL_BIT.close_in_time;
  }
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
