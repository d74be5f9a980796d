import type { Prisma } from "../generated/prisma/client";
import { recordAudit, type Actor } from "../audit/record-audit";
import { assertDisarmTechniqueIds, InvalidDisarmTechniqueError } from "../disarm/catalog";
import { fieldError } from "../ingest/field-error";
import type { CampaignSourceInput } from "./schemas";

type Tx = Prisma.TransactionClient;

/** Every id must be in the shipped DISARM Red framework: a 422 on `techniques` naming the bad ones. */
export function checkTechniques(ids: readonly string[]): void {
  try {
    assertDisarmTechniqueIds(ids, "techniques");
  } catch (error) {
    if (error instanceof InvalidDisarmTechniqueError) throw fieldError("techniques", error.message.replace(/^[^:]+: /, ""));
    throw error;
  }
}

/**
 * The attributed actor: a picked id (must exist), a new one by name (an existing actor of that name, in any case,
 * is reused rather than duplicated), null to clear, or undefined to leave as it is.
 */
export async function resolveThreatActor(
  tx: Tx,
  data: { threatActorId?: string | null; newThreatActor?: { name: string; country?: string | null } },
  actor: Actor,
): Promise<string | null | undefined> {
  if (data.newThreatActor && data.threatActorId) {
    throw fieldError("newThreatActor", "give either threatActorId (an existing actor) or newThreatActor, not both");
  }
  if (data.threatActorId) {
    const found = await tx.threatActor.findFirst({ where: { id: data.threatActorId, deletedAt: null }, select: { id: true } });
    if (!found) throw fieldError("threatActorId", "no such threat actor");
    return found.id;
  }
  if (!data.newThreatActor) return data.threatActorId;
  const name = data.newThreatActor.name;
  const existing = await tx.threatActor.findFirst({ where: { name: { equals: name, mode: "insensitive" }, deletedAt: null }, select: { id: true } });
  if (existing) return existing.id;
  const created = await tx.threatActor.create({ data: { name, country: data.newThreatActor.country ?? null } });
  await recordAudit(tx, actor, { action: "create", entityType: "threat_actor", entityId: created.id, after: created });
  return created.id;
}

/** Makes the campaign's techniques exactly `ids` (adds the new ones, removes the dropped ones). */
export async function setTechniques(tx: Tx, campaignId: string, ids: readonly string[], actor: Actor): Promise<void> {
  const wanted = [...new Set(ids)];
  await tx.campaignTechnique.deleteMany({ where: { campaignId, techniqueId: { notIn: wanted } } });
  if (wanted.length === 0) return;
  const addedById = actor.kind === "system" ? null : actor.userId;
  await tx.campaignTechnique.createMany({ data: wanted.map((techniqueId) => ({ campaignId, techniqueId, addedById })), skipDuplicates: true });
}

/**
 * Makes the campaign's sources exactly `inputs`: each is matched to a known source by URL (or, without a URL, by
 * title), else created (and audited). Sources are shared between campaigns, so dropping one only unlinks it.
 */
export async function setSources(tx: Tx, campaignId: string, inputs: readonly CampaignSourceInput[], actor: Actor): Promise<void> {
  const ids: string[] = [];
  for (const input of inputs) ids.push(await findOrCreateSource(tx, input, actor));
  const wanted = [...new Set(ids)];
  await tx.campaignSource.deleteMany({ where: { campaignId, sourceId: { notIn: wanted } } });
  if (wanted.length) await tx.campaignSource.createMany({ data: wanted.map((sourceId) => ({ campaignId, sourceId })), skipDuplicates: true });
}

async function findOrCreateSource(tx: Tx, input: CampaignSourceInput, actor: Actor): Promise<string> {
  const existing = input.url
    ? await tx.source.findUnique({ where: { url: input.url }, select: { id: true } })
    : await tx.source.findFirst({ where: { url: null, title: { equals: input.title, mode: "insensitive" }, deletedAt: null }, select: { id: true } });
  if (existing) return existing.id;
  const created = await tx.source.create({ data: { title: input.title, url: input.url, publisher: input.publisher ?? null, kind: input.kind } });
  await recordAudit(tx, actor, { action: "create", entityType: "source", entityId: created.id, after: created });
  return created.id;
}
