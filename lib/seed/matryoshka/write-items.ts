import type { Prisma } from "../../generated/prisma/client";
import { textFingerprint } from "../../ingest/fingerprint";
import { canonicaliseUrl } from "../../urls/canonical-url";
import type { SeedAudit } from "../audit";
import { seedUuid } from "../ids";
import { FACT_CHECKER_EMAIL } from "./parties";
import { expandSightings } from "./sightings";
import type { ItemSeed } from "./types";
import type { ReferenceIds } from "./write-reference";

type Tx = Prisma.TransactionClient;

/** The quote's position in the text; a marker whose quote is not in the text is a bug in the seed data. */
export function locateQuote(item: ItemSeed, quote: string): { startOffset: number; endOffset: number } {
  const start = item.text.indexOf(quote);
  if (start < 0) throw new Error(`Seed item ${item.key}: marker quote "${quote}" is not in its text`);
  return { startOffset: start, endOffset: start + quote.length };
}

/** Inserts only the rows whose key is not present yet, and audits exactly those. */
async function insertMissing<T>(
  rows: T[],
  keyOf: (row: T) => string,
  existingKeys: string[],
  create: (rows: T[]) => Promise<unknown>,
  audit: SeedAudit,
  entityType: string,
): Promise<void> {
  const have = new Set(existingKeys);
  const missing = rows.filter((row) => !have.has(keyOf(row)));
  if (missing.length) await create(missing);
  for (const row of missing) audit.created(entityType, keyOf(row));
}

/** The URL as ingest stores it, so pasting any form of a demo post finds the demo item (x.com/i/status/…). */
function canonical(url: string | null): string | null {
  return url ? canonicaliseUrl(url).canonical : null;
}

export async function writeItems(tx: Tx, seeds: ItemSeed[], ref: ReferenceIds, audit: SeedAudit): Promise<string[]> {
  const items = seeds.map((i) => ({ ...i, originalUrl: i.canonicalUrl, canonicalUrl: canonical(i.canonicalUrl) }));
  const factChecker = ref.users.get(FACT_CHECKER_EMAIL)!;
  const urls = items.flatMap((i) => (i.canonicalUrl ? [i.canonicalUrl] : []));
  const existing = await tx.item.findMany({
    where: { OR: [{ canonicalUrl: { in: urls } }, { id: { in: items.map((i) => seedUuid("item", i.key)) } }] },
    select: { id: true, canonicalUrl: true },
  });
  // An item logged by hand with the same canonical URL is the same item: attach the seed's detail to it.
  const byUrl = new Map(existing.map((e) => [e.canonicalUrl, e.id]));
  const idOf = new Map(items.map((i) => [i.key, (i.canonicalUrl && byUrl.get(i.canonicalUrl)) || seedUuid("item", i.key)]));
  const id = (item: ItemSeed) => idOf.get(item.key)!;
  const itemIds = items.map(id);

  await insertMissing(items, id, existing.map((e) => e.id), (rows) => tx.item.createMany({
    data: rows.map((i) => ({
      ...fingerprintColumns(i.title, i.text),
      id: id(i), kind: i.kind, title: i.title, text: i.text, canonicalUrl: i.canonicalUrl, originalUrl: i.originalUrl,
      platform: i.platform, languages: [i.language], publishedAt: new Date(i.publishedAt), verdict: i.verdict,
      manipulations: i.manipulations, targetCountries: i.targetCountries, createdById: factChecker,
      notes: "Demo data: a reconstruction for illustration, not a verbatim copy of the original content.",
    })),
  }), audit, "item");

  const scope = { where: { itemId: { in: itemIds } } };
  const persons = items.flatMap((i) => i.persons.map((p) => ({ itemId: id(i), personId: ref.persons.get(p.name)!, role: p.role, note: p.note })));
  await insertMissing(persons, (r) => `${r.itemId}:${r.personId}:${r.role}`,
    (await tx.itemPerson.findMany(scope)).map((r) => `${r.itemId}:${r.personId}:${r.role}`),
    (data) => tx.itemPerson.createMany({ data }), audit, "item_person");

  const orgs = items.flatMap((i) => i.organizations.map((o) => ({ itemId: id(i), organizationId: ref.organizations.get(o.name)!, role: o.role, note: o.note })));
  await insertMissing(orgs, (r) => `${r.itemId}:${r.organizationId}:${r.role}`,
    (await tx.itemOrganization.findMany(scope)).map((r) => `${r.itemId}:${r.organizationId}:${r.role}`),
    (data) => tx.itemOrganization.createMany({ data }), audit, "item_organization");

  const narratives = items.flatMap((i) => i.narratives.map((n) => ({ itemId: id(i), narrativeId: ref.narratives.get(n)! })));
  await insertMissing(narratives, (r) => `${r.itemId}:${r.narrativeId}`,
    (await tx.itemNarrative.findMany(scope)).map((r) => `${r.itemId}:${r.narrativeId}`),
    (data) => tx.itemNarrative.createMany({ data }), audit, "item_narrative");

  const techniques = items.flatMap((i) => i.techniques.map((t) => ({ itemId: id(i), techniqueId: t, addedById: factChecker })));
  await insertMissing(techniques, (r) => `${r.itemId}:${r.techniqueId}`,
    (await tx.itemTechnique.findMany(scope)).map((r) => `${r.itemId}:${r.techniqueId}`),
    (data) => tx.itemTechnique.createMany({ data }), audit, "item_technique");

  const sources = items.flatMap((i) => i.sources.map((s) => ({ itemId: id(i), sourceId: ref.sources.get(s)! })));
  await insertMissing(sources, (r) => `${r.itemId}:${r.sourceId}`,
    (await tx.itemSource.findMany(scope)).map((r) => `${r.itemId}:${r.sourceId}`),
    (data) => tx.itemSource.createMany({ data }), audit, "item_source");

  const links = items.flatMap((i) => i.links.map((l) => ({
    itemId: id(i), campaignId: ref.campaigns.get(l.campaign)!, status: l.status, confidence: l.confidence,
    reasons: l.reasons.map((r) => ({ ...r })), evidence: l.evidence,
    decidedById: l.status === "suggested" ? null : factChecker,
    decidedAt: l.status === "suggested" ? null : new Date(Date.parse(i.publishedAt) + 3 * 86_400_000),
  })));
  await insertMissing(links, (r) => `${r.itemId}:${r.campaignId}`,
    (await tx.itemCampaign.findMany(scope)).map((r) => `${r.itemId}:${r.campaignId}`),
    (data) => tx.itemCampaign.createMany({ data }), audit, "item_campaign");

  const annotations = items.flatMap((i) => i.markers.map((m) => ({
    id: seedUuid("marker_annotation", `${i.key}:${m.slug}:${m.quote}`), itemId: id(i), markerId: ref.markers.get(m.slug)!,
    quote: m.quote, ...locateQuote(i, m.quote), note: m.note, authorId: factChecker,
  })));
  await insertMissing(annotations, (r) => r.id,
    (await tx.markerAnnotation.findMany({ where: { id: { in: annotations.map((a) => a.id) } }, select: { id: true } })).map((r) => r.id),
    (data) => tx.markerAnnotation.createMany({ data }), audit, "marker_annotation");

  const sightings = items.flatMap((i) => expandSightings(i).map(({ accountKey, ...s }) => ({
    ...s, canonicalUrl: canonical(s.url), itemId: id(i), accountId: accountKey ? ref.accounts.get(accountKey)! : null,
    reportedById: factChecker, channel: "seed" as const,
  })));
  await insertMissing(sightings, (r) => r.id,
    (await tx.sighting.findMany({ where: { id: { in: sightings.map((s) => s.id) } }, select: { id: true } })).map((r) => r.id),
    (data) => tx.sighting.createMany({ data }), audit, "sighting");

  return itemIds;
}

/** The fingerprint ingest computes, so the duplicate panel and clustering find the demo items by their text. */
function fingerprintColumns(title: string | null, text: string | null) {
  const { minhash, bands } = textFingerprint(title, text);
  return { textMinhash: minhash, lshBands: bands };
}
