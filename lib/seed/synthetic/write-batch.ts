import { Prisma } from "../../generated/prisma/client";
import { textFingerprint } from "../../ingest/fingerprint";
import { seedUuid } from "../ids";
import { syntheticItemId } from "./ground-truth";
import type { SynItem } from "./items";
import { insertAudited, type SqlClient } from "./sql";
import { accountKey, type WorldIds } from "./write-world";

export interface BatchCounts {
  items: number;
  sightings: number;
  /** All rows created: items, sightings, links, parties, narratives, techniques, annotations (audit events aside). */
  rows: number;
}

const iso = (d: Date) => d.toISOString();

/** One batch of items with everything hanging off them, as one multi-row statement per table. */
export async function writeBatch(db: SqlClient, items: SynItem[], ids: WorldIds, corpus: string, batch: number): Promise<BatchCounts> {
  const batchKey = `${corpus}:batch:${batch}`;
  let rows = 0;
  const itemId = items.map((i) => syntheticItemId(i.canonicalUrl));
  // Derived columns are written with the row: updating them afterwards would rewrite every GIN entry of the item
  // (they are indexed, so the update cannot be HOT). refreshDerivedColumns then finds nothing to change.
  const seen = items.map((item) => {
    const times = item.sightings.map((s) => s.observedAt.getTime());
    return { first: iso(new Date(Math.min(...times))), last: iso(new Date(Math.max(...times))), count: times.length };
  });
  // The same fingerprint ingest computes, so the duplicate panel and clustering see seeded items too.
  const fingerprints = items.map((i) => textFingerprint(i.title, i.text));
  const items_ = await insertAudited(db, "item", Prisma.sql`INSERT INTO items (id, kind, title, text, original_url, canonical_url,
      platform, languages, published_at, verdict, manipulations, target_countries, file_sha256, first_seen_at, last_seen_at, sighting_count,
      text_minhash, lsh_bands)
    SELECT u.id, u.kind::"ItemKind", u.title, u.text, u.url, u.url, u.platform, ARRAY[u.language], u.published, u.verdict::"Verdict",
      string_to_array(u.manipulations, ',')::"Manipulation"[], string_to_array(u.targets, ','), u.sha, u.first_seen, u.last_seen, u.seen,
      u.minhash::int4[], u.bands::int4[]
    FROM unnest(${itemId}::uuid[], ${items.map((i) => i.kind)}::text[], ${items.map((i) => i.title)}::text[],
      ${items.map((i) => i.text)}::text[], ${items.map((i) => i.canonicalUrl)}::text[], ${items.map((i) => i.platform)}::text[],
      ${items.map((i) => i.language)}::text[], ${items.map((i) => iso(i.publishedAt))}::timestamptz[],
      ${items.map((i) => i.verdict)}::text[], ${items.map((i) => i.manipulations.join(","))}::text[],
      ${items.map((i) => i.targetCountries.join(","))}::text[], ${items.map((i) => i.fileSha256)}::text[],
      ${seen.map((s) => s.first)}::timestamptz[], ${seen.map((s) => s.last)}::timestamptz[], ${seen.map((s) => s.count)}::int[],
      ${fingerprints.map((f) => `{${f.minhash.join(",")}}`)}::text[], ${fingerprints.map((f) => `{${f.bands.join(",")}}`)}::text[])
      AS u(id, kind, title, text, url, platform, language, published, verdict, manipulations, targets, sha, first_seen, last_seen, seen,
        minhash, bands)`,
  { mode: "rows", corpus });

  const sightings = items.flatMap((item, k) => item.sightings.map((s, j) => ({ ...s, item: itemId[k], id: seedUuid("syn-sighting", `${item.canonicalUrl}#${j}`),
    url: j === 0 ? item.canonicalUrl : `${item.canonicalUrl}/seen/${j}` })));
  const sightings_ = await insertAudited(db, "sighting", Prisma.sql`INSERT INTO sightings (id, item_id, url, canonical_url, platform,
      account_id, observed_at, views, shares, reactions, audience_country, channel)
    SELECT u.id, u.item, u.url, u.url, u.platform, u.account, u.observed, u.views, u.shares, u.reactions, u.country, 'seed'
    FROM unnest(${sightings.map((s) => s.id)}::uuid[], ${sightings.map((s) => s.item)}::uuid[], ${sightings.map((s) => s.url)}::text[],
      ${sightings.map((s) => s.platform)}::text[], ${sightings.map((s) => (s.account ? ids.accounts.get(accountKey(s.account)) ?? null : null))}::uuid[],
      ${sightings.map((s) => iso(s.observedAt))}::timestamptz[], ${sightings.map((s) => s.views)}::bigint[],
      ${sightings.map((s) => s.shares)}::bigint[], ${sightings.map((s) => s.reactions)}::bigint[], ${sightings.map((s) => s.audienceCountry)}::text[])
      AS u(id, item, url, platform, account, observed, views, shares, reactions, country)`, { mode: "batch", batchKey });

  const linked = items.flatMap((item, k) => (item.linked && item.campaign ? [{ item: itemId[k], campaign: ids.campaigns.get(item.campaign.slug)!, name: item.campaign.name }] : []));
  const links = await insertAudited(db, "item_campaign", Prisma.sql`INSERT INTO item_campaigns (item_id, campaign_id, confidence, status, reasons, evidence, decided_at)
    SELECT u.item, u.campaign, 1, 'confirmed', jsonb_build_array(jsonb_build_object('signal', 'ground_truth', 'detail', 'Generated as part of ' || u.name)),
      'Synthetic corpus ground truth.', '2025-07-01T00:00:00Z'::timestamptz
    FROM unnest(${linked.map((l) => l.item)}::uuid[], ${linked.map((l) => l.campaign)}::uuid[], ${linked.map((l) => l.name)}::text[]) AS u(item, campaign, name)`,
  { mode: "batch", batchKey });

  const persons = items.flatMap((item, k) => item.persons.map((p) => ({ item: itemId[k], person: ids.persons.get(p.name)!, role: p.role })));
  rows += await insertAudited(db, "item_person", Prisma.sql`INSERT INTO item_persons (item_id, person_id, role)
    SELECT u.item, u.person, u.role::"PartyRole" FROM unnest(${persons.map((p) => p.item)}::uuid[], ${persons.map((p) => p.person)}::uuid[],
      ${persons.map((p) => p.role)}::text[]) AS u(item, person, role)`, { mode: "batch", batchKey });

  const outlets = items.flatMap((item, k) => item.outlets.map((o) => ({ item: itemId[k], org: ids.outlets.get(o.name)!, role: o.role })));
  rows += await insertAudited(db, "item_organization", Prisma.sql`INSERT INTO item_organizations (item_id, organization_id, role)
    SELECT u.item, u.org, u.role::"PartyRole" FROM unnest(${outlets.map((o) => o.item)}::uuid[], ${outlets.map((o) => o.org)}::uuid[],
      ${outlets.map((o) => o.role)}::text[]) AS u(item, org, role)`, { mode: "batch", batchKey });

  const narratives = items.flatMap((item, k) => (item.narrative ? [{ item: itemId[k], narrative: ids.narratives.get(item.narrative)! }] : []));
  rows += await insertAudited(db, "item_narrative", Prisma.sql`INSERT INTO item_narratives (item_id, narrative_id)
    SELECT * FROM unnest(${narratives.map((n) => n.item)}::uuid[], ${narratives.map((n) => n.narrative)}::uuid[])`, { mode: "batch", batchKey });

  const techniques = items.flatMap((item, k) => item.techniques.map((t) => ({ item: itemId[k], technique: t })));
  rows += await insertAudited(db, "item_technique", Prisma.sql`INSERT INTO item_techniques (item_id, technique_id)
    SELECT * FROM unnest(${techniques.map((t) => t.item)}::uuid[], ${techniques.map((t) => t.technique)}::text[])`, { mode: "batch", batchKey });

  const markers = items.flatMap((item, k) => (item.marker ? [{ ...item.marker, item: itemId[k], id: seedUuid("syn-annotation", item.canonicalUrl), marker: ids.markers.get(item.marker.slug)! }] : []));
  rows += await insertAudited(db, "marker_annotation", Prisma.sql`INSERT INTO marker_annotations (id, item_id, marker_id, quote, start_offset, end_offset)
    SELECT * FROM unnest(${markers.map((m) => m.id)}::uuid[], ${markers.map((m) => m.item)}::uuid[], ${markers.map((m) => m.marker)}::uuid[],
      ${markers.map((m) => m.quote)}::text[], ${markers.map((m) => m.startOffset)}::int[], ${markers.map((m) => m.endOffset)}::int[])`,
  { mode: "batch", batchKey });

  return { items: items_, sightings: sightings_, rows: rows + items_ + sightings_ + links };
}
