import type { OrganizationKind, Prisma, ThreatActorKind } from "../../generated/prisma/client";
import { recordAudit, type Actor } from "../../audit/record-audit";
import { isKnownDisarmTechniqueId } from "../../disarm/catalog";
import { refsProp, stringProp } from "./object-schemas";
import type { StixObject } from "./read-bundle";

type Tx = Prisma.TransactionClient;
export type EntityKind = "person" | "organization" | "threatActor" | "technique" | "campaign";
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
  const aliases = refsProp(object, "aliases");
  const description = stringProp(object, "description");
  switch (object.type) {
    case "identity": {
      const cls = stringProp(object, "identity_class");
      if (cls === "individual") return findOrCreate(tx, actor, "person", name, description, aliases);
      if (cls === "organization" || cls === "group") return findOrCreate(tx, actor, "organization", name, description, aliases, orgKind(object));
      return { status: "skipped", reason: `identity_class "${cls ?? "(none)"}" is neither an individual nor an organization` };
    }
    case "threat-actor":
    case "intrusion-set":
      return findOrCreate(tx, actor, "threatActor", name, description, aliases, undefined, actorKind(object));
    case "campaign":
      return findOrCreate(tx, actor, "campaign", name, description, aliases);
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
  description: string | undefined, aliases: string[], organizationKind?: OrganizationKind, threatActorKind?: ThreatActorKind,
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
  const created =
    kind === "person" ? await tx.person.create({ data: { name, aliases, description } })
    : kind === "organization" ? await tx.organization.create({ data: { name, aliases, description, kind: organizationKind } })
    : kind === "threatActor" ? await tx.threatActor.create({ data: { name, aliases, description, kind: threatActorKind } })
    : await tx.campaign.create({ data: { name, aliases, description, slug: await freeSlug(tx, name), createdById: userId } });
  await recordAudit(tx, actor, { action: "create", entityType: entityType(kind), entityId: created.id, after: created });
  const slug = "slug" in created ? created.slug : undefined;
  return { status: "created", ref: { kind, id: created.id, slug, name }, reason: `new ${label(kind)}` };
}

async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80) || "campaign";
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.campaign.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

function orgKind(object: StixObject): OrganizationKind {
  const sectors = refsProp(object, "sectors");
  if (sectors.some((s) => /media|news|entertainment/.test(s))) return "media_outlet";
  if (sectors.some((s) => /government/.test(s))) return "government";
  if (sectors.some((s) => /education/.test(s))) return "university";
  return "other";
}

function actorKind(object: StixObject): ThreatActorKind {
  const types = refsProp(object, "threat_actor_types");
  if (types.includes("nation-state")) return "state";
  if (types.some((t) => ["crime-syndicate", "hacker", "activist"].includes(t))) return "group";
  if (types.includes("insider-disgruntled") || types.includes("lone-wolf")) return "individual";
  return "unknown";
}

const label = (kind: EntityKind) => ({ person: "person", organization: "organization", threatActor: "threat actor", technique: "technique", campaign: "campaign" })[kind];
const entityType = (kind: EntityKind) => ({ person: "person", organization: "organization", threatActor: "threat_actor", technique: "technique", campaign: "campaign" })[kind];
