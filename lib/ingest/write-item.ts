import type { Prisma } from "../generated/prisma/client";
import { recordAudit, type Actor } from "../audit/record-audit";
import type { CanonicalUrl } from "../urls/canonical-url";
import { fieldError } from "./field-error";
import { textFingerprint } from "./fingerprint";
import { platformFields } from "../codes/platforms";
import { fillEmptyFields, resolveItemFacts, type FillableItem } from "./item-facts";
import {
  resolveMarkers,
  resolveNarratives,
  resolveOrganizations,
  resolvePersons,
} from "./resolve-references";
import type { ItemInput } from "./schemas";

type Tx = Prisma.TransactionClient;

/** Creates an item with its links (people, outlets, narratives, techniques, markers, campaign) and audits it. */
export async function createItem(tx: Tx, input: ItemInput, url: CanonicalUrl | null, actor: Actor): Promise<string> {
  const fingerprint = textFingerprint(input.title, input.text);
  const facts = resolveItemFacts(input, url);
  const item = await tx.item.create({
    data: {
      kind: facts.kind,
      title: input.title ?? null,
      text: input.text ?? null,
      originalUrl: url?.original ?? null,
      canonicalUrl: url?.canonical ?? null,
      platform: facts.platform,
      platformRaw: facts.platformRaw,
      languages: facts.languages,
      languagesDetected: facts.languagesDetected,
      publishedAt: input.publishedAt ?? null,
      verdict: input.verdict,
      manipulations: input.manipulations,
      targetCountries: [...new Set(input.targetCountries)],
      fileSha256: input.fileSha256 ?? null,
      textMinhash: fingerprint.minhash,
      lshBands: fingerprint.bands,
      archiveUrl: input.archiveUrl ?? null,
      notes: input.notes ?? null,
      createdById: actor.kind === "system" ? null : actor.userId,
    },
  });
  await addLinks(tx, item.id, input, actor);
  const { textMinhash: _m, lshBands: _b, ...snapshot } = item;
  await recordAudit(tx, actor, { action: "create", entityType: "item", entityId: item.id, after: { ...snapshot, links: summariseLinks(input) } });
  return item.id;
}

/**
 * A submission for content that is already known adds what it knows to the item — more target countries,
 * people, outlets, techniques, and the fields the item still lacks (title, text, date, archive, languages …) —
 * but never overwrites what someone wrote before: differing values stay on the submission's sighting.
 * Returns the item's values after the merge, which the sighting's variants are compared with.
 */
export async function mergeIntoItem(tx: Tx, itemId: string, input: ItemInput, url: CanonicalUrl | null, actor: Actor): Promise<FillableItem> {
  const before = await tx.item.findUniqueOrThrow({ where: { id: itemId }, select: MERGE_SELECT });
  const targetCountries = [...new Set([...before.targetCountries, ...input.targetCountries])];
  const manipulations = [...new Set([...before.manipulations, ...input.manipulations])];
  const fill = fillEmptyFields(before, input, platformFields(input.platform, url?.platform));
  const grew =
    targetCountries.length > before.targetCountries.length || manipulations.length > before.manipulations.length || Object.keys(fill).length > 0;
  if (grew) {
    const data = { ...fill, targetCountries, manipulations, version: { increment: 1 } };
    if (fill.text !== undefined || fill.title !== undefined) {
      const fingerprint = textFingerprint(fill.title ?? before.title ?? undefined, fill.text ?? before.text ?? undefined);
      Object.assign(data, { textMinhash: fingerprint.minhash, lshBands: fingerprint.bands });
    }
    await tx.item.update({ where: { id: itemId }, data });
  }
  await addLinks(tx, itemId, { ...input, annotations: [] }, actor);
  const { version: _v, targetCountries: _t, manipulations: _m, ...fillable } = before;
  await recordAudit(tx, actor, {
    action: "merge",
    entityType: "item",
    entityId: itemId,
    before: { targetCountries: before.targetCountries, manipulations: before.manipulations, ...pick(fillable, Object.keys(fill)) },
    after: { targetCountries, manipulations, ...fill, links: summariseLinks(input) },
  });
  return { ...fillable, ...fill };
}

const MERGE_SELECT = {
  targetCountries: true, manipulations: true, version: true, title: true, text: true, publishedAt: true, archiveUrl: true,
  notes: true, languages: true, languagesDetected: true, platform: true, platformRaw: true, fileSha256: true,
} as const;

function pick<T extends object>(values: T, keys: string[]): Partial<T> {
  return Object.fromEntries(keys.map((k) => [k, (values as Record<string, unknown>)[k]])) as Partial<T>;
}

async function addLinks(tx: Tx, itemId: string, input: ItemInput, actor: Actor): Promise<void> {
  const userId = actor.kind === "system" ? null : actor.userId;
  const persons = await resolvePersons(tx, input.persons, "item.persons");
  if (persons.length) await tx.itemPerson.createMany({ data: persons.map((p) => ({ itemId, ...p })), skipDuplicates: true });
  const organizations = await resolveOrganizations(tx, input.organizations, "item.organizations");
  if (organizations.length) {
    await tx.itemOrganization.createMany({ data: organizations.map((o) => ({ itemId, ...o })), skipDuplicates: true });
  }
  const narrativeIds = await resolveNarratives(tx, input.narratives);
  if (narrativeIds.length) {
    await tx.itemNarrative.createMany({ data: narrativeIds.map((narrativeId) => ({ itemId, narrativeId })), skipDuplicates: true });
  }
  if (input.techniques.length) {
    await tx.itemTechnique.createMany({
      data: [...new Set(input.techniques)].map((techniqueId) => ({ itemId, techniqueId, addedById: userId })),
      skipDuplicates: true,
    });
  }
  const markerIds = await resolveMarkers(tx, input.annotations.map((a) => a.marker), "item.annotations");
  if (markerIds.length) {
    await tx.markerAnnotation.createMany({
      data: input.annotations.map((a, i) => ({
        itemId,
        markerId: markerIds[i],
        quote: a.quote,
        startOffset: a.startOffset ?? null,
        endOffset: a.endOffset ?? null,
        note: a.note ?? null,
        authorId: userId,
      })),
    });
  }
  if (input.campaign) {
    const campaign = await tx.campaign.findFirst({ where: { slug: input.campaign, deletedAt: null }, select: { id: true } });
    if (!campaign) throw fieldError("item.campaign", `no campaign with the slug "${input.campaign}"`);
    // Chosen by a person: a confirmed link, with them as the decider.
    await tx.itemCampaign.upsert({
      where: { itemId_campaignId: { itemId, campaignId: campaign.id } },
      create: {
        itemId,
        campaignId: campaign.id,
        status: "confirmed",
        confidence: 1,
        reasons: [{ signal: "manual", detail: "attached when the sighting was logged" }],
        decidedById: userId,
        decidedAt: new Date(),
      },
      update: {},
    });
  }
}

function summariseLinks(input: ItemInput) {
  return {
    persons: input.persons.map((p) => ({ ref: p.id ?? p.name, role: p.role })),
    organizations: input.organizations.map((o) => ({ ref: o.id ?? o.name, role: o.role })),
    narratives: input.narratives,
    techniques: input.techniques,
    annotations: input.annotations.length,
    campaign: input.campaign ?? null,
  };
}
