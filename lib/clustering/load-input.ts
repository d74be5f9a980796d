import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { domainsOf } from "./domains";
import { hashtagsOf } from "./hashtags";
import type { ClusterInput, ClusterItem } from "./types";

type Sql = Pick<PrismaClient, "$queryRaw">;
type KeyRow = { item_id: string; key: string };

/**
 * Items are read in pages of this many (keyset by id), each with its keys: one huge result is deserialised in one
 * go on the event loop (seconds for 320k sighting rows at 100k items), a page takes milliseconds.
 */
const PAGE = 2_000;

/** Key rows grouped by item: one query per signal, each a range read of a narrow link table by item id. */
async function keysByItem(db: Sql, query: Prisma.Sql): Promise<Map<string, string[]>> {
  const rows = await db.$queryRaw<KeyRow[]>(query);
  const out = new Map<string, string[]>();
  for (const { item_id, key } of rows) {
    const list = out.get(item_id);
    if (list) list.push(key);
    else out.set(item_id, [key]);
  }
  return out;
}

export interface LoadedInput {
  input: ClusterInput;
  bands: number[][];
}

type ItemRow = { id: string; title: string | null; text: string | null; file_sha256: string | null; text_minhash: number[]; lsh_bands: number[]; canonical_url: string | null; first_seen_at: Date | null };

/** One page of live items (ids in (after, …], sorted) with their keys, keys sorted so runs are deterministic. */
async function loadPage(db: Sql, after: string | null) {
  const rows = await db.$queryRaw<ItemRow[]>(Prisma.sql`
    SELECT id::text, title, text, file_sha256, text_minhash, lsh_bands, canonical_url, first_seen_at FROM items
    WHERE deleted_at IS NULL ${after ? Prisma.sql`AND id > ${after}::uuid` : Prisma.empty} ORDER BY id LIMIT ${PAGE}`);
  if (rows.length === 0) return { rows, items: [] as ClusterItem[] };
  const range = Prisma.sql`t.item_id BETWEEN ${rows[0].id}::uuid AND ${rows[rows.length - 1].id}::uuid`;
  const keys = (select: Prisma.Sql, from: Prisma.Sql, where: Prisma.Sql = Prisma.empty) => keysByItem(db, Prisma.sql`
    SELECT DISTINCT t.item_id::text, ${select} AS key FROM ${from} t JOIN items i ON i.id = t.item_id AND i.deleted_at IS NULL
    WHERE ${range} ${where} ORDER BY 1, 2`);
  const [persons, targets, outlets, accounts, sightingUrls, narratives, markers, techniques, mentions] = await Promise.all([
    keys(Prisma.sql`t.person_id::text`, Prisma.sql`item_persons`, Prisma.sql`AND t.role = 'impersonated'`),
    keys(Prisma.sql`t.person_id::text`, Prisma.sql`item_persons`, Prisma.sql`AND t.role = 'targeted'`),
    keys(Prisma.sql`t.organization_id::text`, Prisma.sql`item_organizations`, Prisma.sql`AND t.role = 'impersonated'`),
    keys(Prisma.sql`t.account_id::text`, Prisma.sql`sightings`, Prisma.sql`AND t.account_id IS NOT NULL AND t.deleted_at IS NULL`),
    keys(Prisma.sql`t.canonical_url`, Prisma.sql`sightings`, Prisma.sql`AND t.canonical_url IS NOT NULL AND t.deleted_at IS NULL`),
    keys(Prisma.sql`t.narrative_id::text`, Prisma.sql`item_narratives`),
    keys(Prisma.sql`t.marker_id::text`, Prisma.sql`marker_annotations`, Prisma.sql`AND t.deleted_at IS NULL`),
    keys(Prisma.sql`t.technique_id`, Prisma.sql`item_techniques`),
    keys(Prisma.sql`t.organization_id::text`, Prisma.sql`item_organizations`, Prisma.sql`AND t.role <> 'impersonated'`),
  ]);
  const empty: string[] = [];
  const items: ClusterItem[] = rows.map((row) => ({
    id: row.id,
    fileSha256: row.file_sha256?.trim() || null,
    minhash: row.text_minhash,
    persons: persons.get(row.id) ?? empty,
    targets: targets.get(row.id) ?? empty,
    outlets: outlets.get(row.id) ?? empty,
    accounts: accounts.get(row.id) ?? empty,
    domains: domainsOf([row.canonical_url, ...(sightingUrls.get(row.id) ?? empty)]),
    narratives: narratives.get(row.id) ?? empty,
    mentions: mentions.get(row.id) ?? empty,
    hashtags: hashtagsOf(row.title, row.text),
    markers: markers.get(row.id) ?? empty,
    techniques: techniques.get(row.id) ?? empty,
    firstSeenAt: row.first_seen_at?.getTime() ?? null,
  }));
  return { rows, items };
}

/**
 * Everything a full run needs from the database, for live items only: their keys, the confirmed and rejected
 * links, rejected pairs and display names. Reads only; items come sorted by id (part of what makes a run
 * deterministic), in pages, so the server keeps answering while a run loads.
 */
export async function loadClusterInput(db: Sql, seed?: number): Promise<LoadedInput> {
  const items: ClusterItem[] = [];
  const bands: number[][] = [];
  for (let after: string | null = null; ;) {
    const page = await loadPage(db, after);
    for (const item of page.items) items.push(item);
    for (const row of page.rows) bands.push(row.lsh_bands);
    if (page.rows.length < PAGE) break;
    after = page.rows[page.rows.length - 1].id;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  const [confirmed, rejectedLinks, rejectedPairs, labels] = await Promise.all([
    db.$queryRaw<{ itemId: string; campaignId: string }[]>(Prisma.sql`
      SELECT ic.item_id::text AS "itemId", ic.campaign_id::text AS "campaignId" FROM item_campaigns ic
      JOIN campaigns c ON c.id = ic.campaign_id AND c.deleted_at IS NULL AND c.merged_into_id IS NULL
      WHERE ic.status = 'confirmed' ORDER BY 1, 2`),
    db.$queryRaw<{ itemId: string; campaignId: string }[]>(Prisma.sql`
      SELECT item_id::text AS "itemId", campaign_id::text AS "campaignId" FROM item_campaigns WHERE status = 'rejected' ORDER BY 1, 2`),
    db.$queryRaw<{ a: string; b: string }[]>(Prisma.sql`SELECT item_a_id::text AS a, item_b_id::text AS b FROM rejected_item_pairs ORDER BY 1, 2`),
    loadLabels(db),
  ]);
  return {
    input: { items, confirmed, rejectedLinks, rejectedPairs: rejectedPairs.map((p) => [p.a, p.b] as const), labels, seed },
    bands,
  };
}

/** Names for reasons: "impersonate Alan Read", "posted by @handle (telegram)". */
export async function loadLabels(db: Sql, only?: { ids: string[] }): Promise<Map<string, string>> {
  const filter = (column: Prisma.Sql) => (only ? Prisma.sql`WHERE ${column}::text = ANY(${only.ids})` : Prisma.empty);
  const rows = await db.$queryRaw<{ id: string; label: string }[]>(Prisma.sql`
    SELECT id::text, name AS label FROM persons ${filter(Prisma.sql`id`)}
    UNION ALL SELECT id::text, name FROM organizations ${filter(Prisma.sql`id`)}
    UNION ALL SELECT id::text, '@' || handle || ' (' || platform || ')' FROM accounts ${filter(Prisma.sql`id`)}
    UNION ALL SELECT id::text, title FROM narratives ${filter(Prisma.sql`id`)}
    UNION ALL SELECT id::text, name FROM language_markers ${filter(Prisma.sql`id`)}
    UNION ALL SELECT id, id || ' ' || name FROM disarm_techniques ${filter(Prisma.sql`id`)}
    UNION ALL SELECT id::text, name FROM campaigns ${filter(Prisma.sql`id`)}`);
  return new Map(rows.map((r) => [r.id, r.label]));
}
