import type { OrganizationKind, Prisma, ThreatActorKind } from "../../generated/prisma/client";
import { recordAudit, type Actor } from "../../audit/record-audit";
import { isKnownDisarmTechniqueId } from "../../disarm/catalog";
import { refsProp, stringProp } from "./object-schemas";
import type { StixObject } from "./read-bundle";

type Tx = Prisma.TransactionClient;
export type EntityKind = "person" | "organization" | "threatActor" | "technique" | "campaign" | "narrative";
export interface EntityRef {
  kind: EntityKind;
  id: string;
  /** Campaign slug, for item links through the ingest input. */
  slug?: string;
  name: string;
}
export type EntityOutcome =
  | { status: "created" | "merged"; ref: EntityRef; reason: string }
  | { status: "skipped" | "failed"; field?: string; reason: string };

/**
 * Find-or-create of what a STIX entity object names. Matching is by name (case-insensitive) or alias, so a bundle
 * exported from OpenCTI names "Doppelganger" and finds the campaign a fact-checker created by hand. Every creation
 * is audited in the same transaction.
 */
export async function resolveEntity(tx: Tx, actor: Actor, object: StixObject): Promise<EntityOutcome> {
  const name = stringProp(object, "name")?.trim() ?? "";
  const aliases = [...new Set([...refsProp(object, "aliases"), ...refsProp(object, "x_sightline_aliases")])];
  const description = stringProp(object, "description");
  switch (object.type) {
    case "identity": {
      const cls = stringProp(object, "identity_class");
      if (cls === "individual") return findOrCreate(tx, actor, "person", name, description, aliases, createDetails(object));
      if (cls === "organization" || cls === "group") return findOrCreate(tx, actor, "organization", name, description, aliases, { kind: orgKind(object), ...createDetails(object) });
      return { status: "skipped", reason: `identity_class "${cls ?? "(none)"}" is neither an individual nor an organization` };
    }
    case "threat-actor":
    case "intrusion-set":
      return findOrCreate(tx, actor, "threatActor", name, description, aliases, { kind: actorKind(object), ...createDetails(object) });
    case "campaign":
      return findOrCreate(tx, actor, "campaign", name, description, aliases, createDetails(object));
    case "x-sightline-narrative":
      return findOrCreateNarrative(tx, actor, name, object);
    case "attack-pattern": {
      const refs = (object.external_references as { source_name?: string; external_id?: string }[] | undefined) ?? [];
      const disarm = refs.find((r) => r.source_name?.toLowerCase().startsWith("disarm"));
      if (!disarm?.external_id) return { status: "skipped", reason: "no DISARM external reference (source_name \"DISARM\", external_id T…)" };
      const techniqueId = disarm.external_id.trim().toUpperCase();
      if (!isKnownDisarmTechniqueId(techniqueId)) {
        return { status: "failed", field: "external_references.external_id", reason: `"${techniqueId}" is not a DISARM Red Framework technique` };
      }
      return { status: "merged", ref: { kind: "technique", id: techniqueId, name: techniqueId }, reason: `DISARM technique ${techniqueId}` };
    }
  }
  return { status: "skipped", reason: `type ${object.type} is not an entity` };
}

async function findOrCreate(
  tx: Tx, actor: Actor, kind: "person" | "organization" | "threatActor" | "campaign", name: string,
  description: string | undefined, aliases: string[], details: Record<string, unknown> = {},
): Promise<EntityOutcome> {
  const names = [name, ...aliases];
  const match = { deletedAt: null, OR: [...names.map((n) => ({ name: { equals: n, mode: "insensitive" as const } })), { aliases: { hasSome: names } }] };
  const found =
    kind === "person" ? await tx.person.findFirst({ where: match })
    : kind === "organization" ? await tx.organization.findFirst({ where: match })
    : kind === "threatActor" ? await tx.threatActor.findFirst({ where: match })
    : await tx.campaign.findFirst({ where: { ...match, mergedIntoId: null } });
  if (found) {
    const slug = "slug" in found ? found.slug : undefined;
    return { status: "merged", ref: { kind, id: found.id, slug, name: found.name }, reason: `matched existing ${label(kind)} “${found.name}”` };
  }
  const userId = actor.kind === "system" ? null : actor.userId;
  const { slug: wantedSlug, ...rest } = details as { slug?: string; wikidataId?: string };
  // Wikidata ids are unique: one already held by another person stays with that person.
  if (rest.wikidataId && (await tx.person.findUnique({ where: { wikidataId: rest.wikidataId }, select: { id: true } }))) delete rest.wikidataId;
  const created =
    kind === "person" ? await tx.person.create({ data: { name, aliases, description, ...(rest as Partial<Prisma.PersonUncheckedCreateInput>) } })
    : kind === "organization" ? await tx.organization.create({ data: { name, aliases, description, ...(rest as Partial<Prisma.OrganizationUncheckedCreateInput>) } })
    : kind === "threatActor" ? await tx.threatActor.create({ data: { name, aliases, description, ...(rest as Partial<Prisma.ThreatActorUncheckedCreateInput>) } })
    : await tx.campaign.create({
        data: { name, aliases, description, ...(rest as Partial<Prisma.CampaignUncheckedCreateInput>), slug: await freeSlug(tx, wantedSlug ?? name), createdById: userId },
      });
  await recordAudit(tx, actor, { action: "create", entityType: entityType(kind), entityId: created.id, after: created });
  const slug = "slug" in created ? created.slug : undefined;
  return { status: "created", ref: { kind, id: created.id, slug, name }, reason: `new ${label(kind)}` };
}

const COUNTRY = /^[A-Z]{2}$/;
const CAMPAIGN_STATUSES = ["active", "dormant", "concluded"];
const ORG_KINDS = ["media_outlet", "government", "ngo", "company", "university", "platform", "other"];
const ACTOR_KINDS = ["state", "state_affiliated", "commercial", "group", "individual", "unknown"];

/**
 * What a Sightline bundle carries beyond the STIX properties (x_sightline_*), for a new row only: an existing
 * person, outlet or campaign keeps its own values. Values that would not fit the column are left out.
 */
function createDetails(object: StixObject): Record<string, unknown> {
  const country = stringProp(object, "x_sightline_country");
  const origin = stringProp(object, "x_sightline_origin_country");
  const kind = stringProp(object, "x_sightline_kind");
  const status = stringProp(object, "x_sightline_status");
  const url = stringProp(object, "x_sightline_url");
  const out: Record<string, unknown> = {};
  if (country && COUNTRY.test(country)) out.country = country;
  if (url) out.url = url;
  if (object.type === "identity" && stringProp(object, "x_sightline_domain")) out.domain = stringProp(object, "x_sightline_domain");
  if (object.type === "identity" && stringProp(object, "identity_class") === "individual" && stringProp(object, "x_sightline_wikidata_id")) {
    out.wikidataId = stringProp(object, "x_sightline_wikidata_id");
  }
  if (object.type === "identity" && kind && ORG_KINDS.includes(kind)) out.kind = kind;
  if (object.type === "threat-actor" && kind && ACTOR_KINDS.includes(kind)) out.kind = kind;
  if (object.type === "campaign") {
    if (origin && COUNTRY.test(origin)) out.originCountry = origin;
    out.targetCountries = refsProp(object, "x_sightline_target_countries").filter((c) => COUNTRY.test(c) || /^[A-Z]{2}-/.test(c));
    if (status && CAMPAIGN_STATUSES.includes(status)) out.status = status;
    const slug = stringProp(object, "x_sightline_slug");
    if (slug && /^[a-z0-9][a-z0-9-]{0,99}$/.test(slug)) out.slug = slug;
  }
  return out;
}

/** Narratives are matched by title, as the ingest matches them; a new one keeps its claim and language. */
async function findOrCreateNarrative(tx: Tx, actor: Actor, title: string, object: StixObject): Promise<EntityOutcome> {
  const found = await tx.narrative.findFirst({ where: { title: { equals: title, mode: "insensitive" }, deletedAt: null } });
  if (found) return { status: "merged", ref: { kind: "narrative", id: found.id, name: found.title }, reason: `matched existing narrative “${found.title}”` };
  const created = await tx.narrative.create({
    data: { title, claim: stringProp(object, "x_sightline_claim"), language: stringProp(object, "x_sightline_language") },
  });
  await recordAudit(tx, actor, { action: "create", entityType: "narrative", entityId: created.id, after: created });
  return { status: "created", ref: { kind: "narrative", id: created.id, name: title }, reason: "new narrative" };
}

async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80) || "campaign";
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.campaign.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

function orgKind(object: StixObject): OrganizationKind {
  const declared = stringProp(object, "x_sightline_kind");
  if (declared && ORG_KINDS.includes(declared)) return declared as OrganizationKind;
  const sectors = refsProp(object, "sectors");
  if (sectors.some((s) => /media|news|entertainment/.test(s))) return "media_outlet";
  if (sectors.some((s) => /government/.test(s))) return "government";
  if (sectors.some((s) => /education/.test(s))) return "university";
  return "other";
}

function actorKind(object: StixObject): ThreatActorKind {
  const declared = stringProp(object, "x_sightline_kind");
  if (declared && ACTOR_KINDS.includes(declared)) return declared as ThreatActorKind;
  const types = refsProp(object, "threat_actor_types");
  if (types.includes("nation-state")) return "state";
  if (types.some((t) => ["crime-syndicate", "hacker", "activist"].includes(t))) return "group";
  if (types.includes("insider-disgruntled") || types.includes("lone-wolf")) return "individual";
  return "unknown";
}

const label = (kind: EntityKind) => ({ person: "person", organization: "organization", threatActor: "threat actor", technique: "technique", campaign: "campaign", narrative: "narrative" })[kind];
const entityType = (kind: EntityKind) => ({ person: "person", organization: "organization", threatActor: "threat_actor", technique: "technique", campaign: "campaign", narrative: "narrative" })[kind];
