import "server-only";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { filterInstants, type DatasetFilter } from "../filters/dataset-filter";
import { itemFilterSql } from "../filters/dataset-filter-sql";

/*
 * The graph's reads. Items are chosen first (the filter, most-sighted first, at most `limit`), then every other
 * query joins only those ids (JOIN unnest, which stays linear where = ANY over a large array did not), each with a
 * LIMIT, so no filter can pull an unbounded number of rows into memory.
 */

export interface GraphItemRow {
  id: string;
  kind: string;
  label: string;
  url: string | null;
  verdict: string;
  platform: string | null;
  languages: string[];
  sightings: number;
  minhash: number[];
}

/** Items next to a node: what double-clicking it in the graph brings in. */
function focusSql(focus: string): Prisma.Sql {
  const at = focus.indexOf(":");
  const type = focus.slice(0, at);
  const id = focus.slice(at + 1);
  switch (type) {
    case "item":
      return Prisma.sql`i.id = ${id}::uuid`;
    case "campaign":
      return Prisma.sql`EXISTS (SELECT 1 FROM item_campaigns f WHERE f.item_id = i.id AND f.campaign_id = ${id}::uuid AND f.status <> 'rejected')`;
    case "person":
      return Prisma.sql`EXISTS (SELECT 1 FROM item_persons f WHERE f.item_id = i.id AND f.person_id = ${id}::uuid AND f.role IN ('impersonated', 'targeted'))`;
    case "organization":
      return Prisma.sql`EXISTS (SELECT 1 FROM item_organizations f WHERE f.item_id = i.id AND f.organization_id = ${id}::uuid AND f.role IN ('impersonated', 'targeted'))`;
    case "account":
      return Prisma.sql`EXISTS (SELECT 1 FROM sightings f WHERE f.item_id = i.id AND f.account_id = ${id}::uuid AND f.deleted_at IS NULL)`;
    case "threat_actor":
      return Prisma.sql`EXISTS (SELECT 1 FROM item_campaigns f JOIN campaigns fc ON fc.id = f.campaign_id
        WHERE f.item_id = i.id AND fc.threat_actor_id = ${id}::uuid AND f.status <> 'rejected' AND fc.deleted_at IS NULL)`;
    default: {
      const host = Prisma.sql`lower(substring(coalesce(i.original_url, i.canonical_url) from '^[a-zA-Z]+://([^/:?#]+)'))`;
      return Prisma.sql`(${host} = ${id} OR ${host} LIKE ${`%.${id.replace(/[\\%_]/g, (c) => `\\${c}`)}`})`;
    }
  }
}

/** The filter's items, with a campaign filter meaning "confirmed, or suggested at ≥ minConfidence" (dashed edges). */
function graphItemWhere(filter: DatasetFilter, minConfidence: number, focus?: string): Prisma.Sql {
  // A focus (expanding one node) asks for that node's neighbourhood, so the dataset filter does not apply.
  if (focus) return Prisma.sql`i.deleted_at IS NULL AND ${focusSql(focus)}`;
  const base = itemFilterSql({ ...filter, campaign: undefined });
  if (!filter.campaign) return base;
  return Prisma.sql`${base} AND EXISTS (SELECT 1 FROM item_campaigns gic JOIN campaigns gc ON gc.id = gic.campaign_id
    WHERE gic.item_id = i.id AND gc.slug = ${filter.campaign} AND gc.deleted_at IS NULL
      AND (gic.status = 'confirmed' OR (gic.status = 'suggested' AND gic.confidence >= ${minConfidence})))`;
}

function sightingRange(filter: DatasetFilter, s = "s"): Prisma.Sql {
  const { from, before } = filterInstants(filter);
  return Prisma.sql`${from ? Prisma.sql`AND ${Prisma.raw(s)}.observed_at >= ${from}` : Prisma.empty}
    ${before ? Prisma.sql`AND ${Prisma.raw(s)}.observed_at < ${before}` : Prisma.empty}`;
}

function parseIntArray(text: string | null): number[] {
  if (!text || text.length <= 2) return [];
  return text.slice(1, -1).split(",").map(Number);
}

export async function selectGraphItems(
  client: PrismaClient,
  filter: DatasetFilter,
  minConfidence: number,
  limit: number,
  withMinhash: boolean,
  focus?: string,
): Promise<{ items: GraphItemRow[]; matched: number }> {
  const where = graphItemWhere(filter, minConfidence, focus);
  const dated = Boolean(filter.from || filter.to);
  const sightings = dated
    ? Prisma.sql`(SELECT count(*)::int FROM sightings s WHERE s.item_id = i.id AND s.deleted_at IS NULL ${sightingRange(filter)})`
    : Prisma.sql`i.sighting_count`;
  // Signatures come as text ("{1,-2,…}"): parsing 10k of them here is about twice as fast as the driver's arrays.
  const rows = await client.$queryRaw<(Omit<GraphItemRow, "minhash"> & { minhash: string | null })[]>`
    WITH picked AS (SELECT i.id FROM items i WHERE ${where} ORDER BY i.sighting_count DESC, i.id LIMIT ${limit + 1})
    SELECT i.id, i.kind::text AS kind,
      left(coalesce(nullif(i.title, ''), nullif(i.text, ''), i.canonical_url, i.original_url, 'Item ' || left(i.id::text, 8)), 160) AS label,
      coalesce(i.original_url, i.canonical_url) AS url, i.verdict::text AS verdict, i.platform, i.languages,
      ${sightings} AS sightings, ${withMinhash ? Prisma.sql`i.text_minhash::text` : Prisma.sql`NULL::text`} AS minhash
    FROM picked JOIN items i ON i.id = picked.id
    ORDER BY i.sighting_count DESC, i.id`;
  const items = rows.map((row) => ({ ...row, minhash: parseIntArray(row.minhash) }));
  if (items.length <= limit) return { items, matched: items.length };
  const [{ count }] = await client.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM items i WHERE ${where}`;
  return { items: items.slice(0, limit), matched: count };
}

export interface CampaignLinkRow {
  itemId: string;
  campaignId: string;
  status: "confirmed" | "suggested";
  confidence: number;
}

export interface CampaignRow {
  id: string;
  slug: string;
  name: string;
  status: string;
  sightings: number;
  items: number;
  actorId: string | null;
  actorName: string | null;
  actorKind: string | null;
}

const ids = (values: readonly string[]) => Prisma.sql`unnest(${[...values]}::uuid[])`;

export function selectCampaignLinks(client: PrismaClient, itemIds: readonly string[], minConfidence: number, limit: number) {
  return client.$queryRaw<CampaignLinkRow[]>`
    SELECT ic.item_id AS "itemId", ic.campaign_id AS "campaignId", ic.status::text AS status, ic.confidence
    FROM ${ids(itemIds)} AS p(id) JOIN item_campaigns ic ON ic.item_id = p.id
    JOIN campaigns c ON c.id = ic.campaign_id AND c.deleted_at IS NULL
    WHERE (ic.status = 'confirmed' OR (ic.status = 'suggested' AND ic.confidence >= ${minConfidence}))
    ORDER BY ic.status, ic.confidence DESC, ic.item_id, ic.campaign_id LIMIT ${limit}`;
}

/** The campaigns by id, plus the filter's own campaign (its node is drawn even before it has items). */
export function selectCampaigns(client: PrismaClient, campaignIds: readonly string[], slug: string | undefined) {
  return client.$queryRaw<CampaignRow[]>`
    SELECT c.id, c.slug, c.name, c.status::text AS status, c.sighting_count AS sightings, c.item_count AS items,
      ta.id AS "actorId", ta.name AS "actorName", ta.kind::text AS "actorKind"
    FROM campaigns c LEFT JOIN threat_actors ta ON ta.id = c.threat_actor_id AND ta.deleted_at IS NULL
    WHERE c.deleted_at IS NULL AND (c.id IN (SELECT id FROM ${ids(campaignIds)} AS p(id)) OR c.slug = ${slug ?? null})
    ORDER BY c.sighting_count DESC, c.id`;
}

export interface PartyRow {
  itemId: string;
  partyType: "person" | "organization";
  partyId: string;
  role: "impersonated" | "targeted";
  name: string;
  url: string | null;
}

export function selectParties(client: PrismaClient, itemIds: readonly string[], types: { person: boolean; organization: boolean }, limit: number) {
  return client.$queryRaw<PartyRow[]>`
    SELECT * FROM (
      SELECT ip.item_id AS "itemId", 'person' AS "partyType", pe.id AS "partyId", ip.role::text AS role, pe.name, pe.url
      FROM ${ids(itemIds)} AS p(id) JOIN item_persons ip ON ip.item_id = p.id
      JOIN persons pe ON pe.id = ip.person_id AND pe.deleted_at IS NULL
      WHERE ${types.person} AND ip.role IN ('impersonated', 'targeted')
      UNION ALL
      SELECT io.item_id, 'organization', o.id, io.role::text, o.name, o.url
      FROM ${ids(itemIds)} AS p(id) JOIN item_organizations io ON io.item_id = p.id
      JOIN organizations o ON o.id = io.organization_id AND o.deleted_at IS NULL
      WHERE ${types.organization} AND io.role IN ('impersonated', 'targeted')
    ) parties ORDER BY "itemId", "partyId", role LIMIT ${limit}`;
}

export interface AccountRow {
  itemId: string;
  accountId: string;
  sightings: number;
  platform: string;
  handle: string;
  url: string | null;
}

export function selectAccounts(client: PrismaClient, itemIds: readonly string[], filter: DatasetFilter, limit: number) {
  return client.$queryRaw<AccountRow[]>`
    SELECT s.item_id AS "itemId", a.id AS "accountId", count(*)::int AS sightings, a.platform, a.handle, a.url
    FROM ${ids(itemIds)} AS p(id) JOIN sightings s ON s.item_id = p.id AND s.deleted_at IS NULL ${sightingRange(filter)}
    JOIN accounts a ON a.id = s.account_id AND a.deleted_at IS NULL
    GROUP BY s.item_id, a.id ORDER BY sightings DESC, s.item_id, a.id LIMIT ${limit}`;
}
