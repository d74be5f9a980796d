import { observableId, stixId } from "./ids";
import type { ActorRow, CampaignRow, NarrativeRow, PartyRow, TechniqueRow } from "./entities";
import { stixUrlValue } from "./url-value";

export type StixObject = Record<string, unknown> & { type: string; id: string };

/** An item as the JSONL export writes it (jsonl-export.ts), plus whether it is the first item with its file. */
export interface ItemJson {
  id: string; kind: string; title: string | null; text: string | null; original_url: string | null; canonical_url: string | null;
  platform: string | null; platform_raw?: string | null; languages: string[]; published_at: string | null; verdict: string; manipulations: string[];
  target_countries: string[]; file_sha256: string | null; first_seen_at: string | null; created_at: string; updated_at: string;
  archive_url?: string | null; notes?: string | null; narratives?: { id: string; title: string }[]; raw_values?: Record<string, string[]>;
  file_owner?: boolean;
  campaigns: { id: string; slug: string; status: string; confidence: number; reasons?: unknown; evidence?: string | null; decided_at?: string | null }[];
  persons: { id: string; name: string; role: string; note?: string | null }[];
  organizations: { id: string; name: string; role: string; note?: string | null }[];
  techniques: { id: string }[];
  annotations: { id: string; marker: string; marker_name?: string; quote: string; start_offset?: number | null; end_offset?: number | null; note: string | null }[];
  sightings: { id: string; url: string | null; platform: string | null; observed_at: string;
    account: { handle: string; platform: string; url?: string | null; display_name?: string | null; label?: string | null } | null;
    views: number | null; shares: number | null; reactions: number | null; audience_country: string | null; notes: string | null; channel: string;
    archive_url?: string | null; title?: string | null; text?: string | null }[];
}

/** Reference data has no timestamps of its own: a fixed instant keeps the bundle deterministic. */
const DISARM_CREATED = "2024-11-22T00:00:00.000Z";
const SPEC = { spec_version: "2.1" } as const;
const ROLE_RELATIONSHIP: Record<string, string> = { impersonated: "impersonates", targeted: "targets", mentioned: "related-to" };
const ACTOR_TYPES: Record<string, string[]> = {
  state: ["nation-state"], state_affiliated: ["nation-state"], commercial: ["crime-syndicate"], group: ["activist"], individual: ["lone-wolf"], unknown: ["unknown"],
};
const compact = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;

export const ids = {
  campaign: (id: string) => stixId("campaign", `campaign:${id}`),
  actor: (id: string) => stixId("threat-actor", `threat-actor:${id}`),
  person: (id: string) => stixId("identity", `person:${id}`),
  organization: (id: string) => stixId("identity", `organization:${id}`),
  technique: (id: string) => stixId("attack-pattern", `disarm:${id}`),
  observed: (id: string) => stixId("observed-data", `item:${id}`),
  sighting: (id: string) => stixId("sighting", `sighting:${id}`),
  note: (id: string) => stixId("note", `annotation:${id}`),
  narrative: (id: string) => stixId("x-sightline-narrative", `narrative:${id}`),
  relationship: (type: string, source: string, target: string) => stixId("relationship", `${type}:${source}:${target}`),
};

export function relationship(type: string, source: string, target: string, created: string, extra: Record<string, unknown> = {}): StixObject {
  return { type: "relationship", ...SPEC, id: ids.relationship(type, source, target), created, modified: created, relationship_type: type, source_ref: source, target_ref: target, ...extra };
}

export function campaignObjects(c: CampaignRow, exportedActors: ReadonlySet<string>): StixObject[] {
  const id = ids.campaign(c.id);
  const objects: StixObject[] = [
    compact({
      type: "campaign", ...SPEC, id, created: c.created, modified: c.modified, name: c.name, aliases: c.aliases, description: c.description ?? undefined,
      first_seen: c.first_seen ?? undefined, last_seen: c.last_seen ?? undefined, x_sightline_slug: c.slug,
      x_sightline_origin_country: c.origin_country ?? undefined, x_sightline_target_countries: c.target_countries, x_sightline_status: c.status,
    }),
  ];
  if (c.threat_actor_id && exportedActors.has(c.threat_actor_id)) objects.push(relationship("attributed-to", id, ids.actor(c.threat_actor_id), c.modified));
  for (const t of c.techniques) objects.push(relationship("uses", id, ids.technique(t), c.modified));
  return objects;
}

export function actorObject(a: ActorRow): StixObject {
  return compact({
    type: "threat-actor", ...SPEC, id: ids.actor(a.id), created: a.created, modified: a.modified, name: a.name, aliases: a.aliases,
    description: a.description ?? undefined, threat_actor_types: ACTOR_TYPES[a.kind] ?? ["unknown"], x_sightline_country: a.country ?? undefined,
    x_sightline_kind: a.kind,
  });
}

export function partyObject(p: PartyRow, exportedParties?: ReadonlySet<string>): StixObject {
  return compact({
    type: "identity", ...SPEC, id: p.kind === "person" ? ids.person(p.id) : ids.organization(p.id), created: p.created, modified: p.modified,
    name: p.name, identity_class: p.kind === "person" ? "individual" : "organization", description: p.description ?? undefined,
    x_sightline_aliases: p.aliases, x_sightline_country: p.country ?? undefined, x_sightline_url: p.url ?? undefined,
    x_sightline_kind: p.org_kind ?? undefined, x_sightline_domain: p.domain ?? undefined, x_sightline_wikidata_id: p.wikidata_id ?? undefined,
    x_sightline_affiliation_ref: p.affiliation_id && exportedParties?.has(p.affiliation_id) ? ids.organization(p.affiliation_id) : undefined,
    external_references: stixUrlValue(p.url) && /^https?:\/\//i.test(p.url!) ? [{ source_name: "reference", url: stixUrlValue(p.url)! }] : undefined,
  });
}

export function techniqueObject(t: TechniqueRow): StixObject {
  return compact({
    type: "attack-pattern", ...SPEC, id: ids.technique(t.id), created: DISARM_CREATED, modified: DISARM_CREATED, name: t.name,
    description: t.summary ?? undefined,
    kill_chain_phases: [{ kill_chain_name: "disarm", phase_name: t.tactic.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") }],
    external_references: [{ source_name: "DISARM", external_id: t.id, url: `https://github.com/DISARMFoundation/DISARMframeworks/blob/main/generated_pages/techniques/${t.id}.md` }],
  });
}

/** The one place an item's languages meet STIX: a list there already (x_sightline_languages), one tag in the item today. */
export const itemLanguagesToStix = (languages: string[]): string[] => languages;

/**
 * One item → observed-data over its url / file observables (or, for an item with neither — an email, a tweet
 * without a link — a custom x-sightline-content observable), one sighting per sighting in the range, relationships
 * to campaigns (every link, with its status and exact confidence), people and outlets (with the role), DISARM
 * techniques, and a note per marker annotation. Standard properties where STIX has them, x_sightline_* where it has
 * not; lib/imports/stix/item-input.ts reads the same vocabulary back.
 */
export function itemObjects(item: ItemJson, exported: { campaigns: ReadonlySet<string>; parties: ReadonlySet<string>; narratives?: ReadonlySet<string> }): StixObject[] {
  const url = stixUrlValue(item.original_url) ?? stixUrlValue(item.canonical_url);
  const refs: string[] = [];
  const objects: StixObject[] = [];
  if (url) {
    const id = observableId("url", { value: url });
    objects.push({ type: "url", ...SPEC, id, value: url });
    refs.push(id);
  }
  if (item.file_sha256) {
    const id = observableId("file", { hashes: { "SHA-256": item.file_sha256 } });
    // Items sharing a file share its observable, written once (with the first of them).
    if (item.file_owner !== false) objects.push({ type: "file", ...SPEC, id, hashes: { "SHA-256": item.file_sha256 } });
    refs.push(id);
  }
  if (!refs.length) {
    // STIX has no observable for "a text someone saw": a custom one (allowed by §11.1) stands for the content itself.
    const id = stixId("x-sightline-content", `content:${item.id}`);
    objects.push({ type: "x-sightline-content", ...SPEC, id, x_sightline_item_id: item.id });
    refs.push(id);
  }
  const observed = ids.observed(item.id);
  const times = item.sightings.map((s) => s.observed_at).sort();
  const first = times[0] ?? item.first_seen_at ?? item.created_at;
  const last = times[times.length - 1] ?? first;
  const narratives = (item.narratives ?? []).filter((n) => !exported.narratives || exported.narratives.has(n.id));
  objects.push(compact({
    type: "observed-data", ...SPEC, id: observed, created: item.created_at, modified: item.updated_at < item.created_at ? item.created_at : item.updated_at,
    first_observed: first, last_observed: last, number_observed: Math.max(item.sightings.length, 1), object_refs: refs,
    x_sightline_item_id: item.id, x_sightline_kind: item.kind, x_sightline_title: item.title ?? undefined, x_sightline_text: item.text ?? undefined,
    x_sightline_original_url: item.original_url && item.original_url !== url ? item.original_url : undefined,
    // An unknown platform ("other") travels by the name it was given, which the importer files under "other" again.
    x_sightline_platform: item.platform_raw ?? item.platform ?? undefined, x_sightline_language: item.languages[0] ?? undefined, x_sightline_languages: itemLanguagesToStix(item.languages), x_sightline_verdict: item.verdict,
    x_sightline_manipulations: item.manipulations, x_sightline_target_countries: item.target_countries, x_sightline_published_at: item.published_at ?? undefined,
    x_sightline_archive_url: item.archive_url ?? undefined, x_sightline_notes: item.notes ?? undefined,
    x_sightline_raw_values: item.raw_values && Object.keys(item.raw_values).length ? item.raw_values : undefined,
    x_sightline_narrative_refs: narratives.map((n) => ids.narrative(n.id)),
  }));
  const linked = item.campaigns.filter((c) => exported.campaigns.has(c.id));
  const confirmed = linked.filter((c) => c.status === "confirmed");
  const sightingOf = confirmed.length ? ids.campaign(confirmed[0].id) : observed;
  for (const s of item.sightings) {
    objects.push(compact({
      type: "sighting", ...SPEC, id: ids.sighting(s.id), created: s.observed_at, modified: s.observed_at, first_seen: s.observed_at, last_seen: s.observed_at,
      count: 1, sighting_of_ref: sightingOf, observed_data_refs: [observed], description: s.notes ?? undefined,
      x_sightline_url: s.url ?? undefined, x_sightline_platform: s.platform ?? undefined,
      x_sightline_account: s.account ? compact({ platform: s.account.platform, handle: s.account.handle, url: s.account.url, display_name: s.account.display_name, label: s.account.label }) : undefined, x_sightline_views: s.views ?? undefined,
      x_sightline_shares: s.shares ?? undefined, x_sightline_reactions: s.reactions ?? undefined, x_sightline_audience_country: s.audience_country ?? undefined,
      x_sightline_channel: s.channel,
      x_sightline_archive_url: s.archive_url ?? undefined, x_sightline_title: s.title ?? undefined, x_sightline_text: s.text ?? undefined,
    }));
  }
  for (const c of linked) {
    objects.push(relationship("related-to", observed, ids.campaign(c.id), item.updated_at, compact({
      confidence: Math.round(c.confidence * 100), x_sightline_confidence: c.confidence, x_sightline_link_status: c.status, x_sightline_reasons: c.reasons,
      description: c.evidence ?? undefined, x_sightline_decided_at: c.decided_at ?? undefined,
    })));
  }
  for (const p of item.persons) if (exported.parties.has(p.id)) objects.push(partyLink(observed, ids.person(p.id), p, item.updated_at));
  for (const o of item.organizations) if (exported.parties.has(o.id)) objects.push(partyLink(observed, ids.organization(o.id), o, item.updated_at));
  for (const t of item.techniques) objects.push(relationship("uses", observed, ids.technique(t.id), item.updated_at));
  for (const a of item.annotations) {
    const content = `Language marker ${a.marker_name ?? a.marker} (${a.marker}): “${a.quote}”${a.note ? `\n\n${a.note}` : ""}`;
    objects.push(compact({
      type: "note", ...SPEC, id: ids.note(a.id), created: item.updated_at, modified: item.updated_at, abstract: `Language marker: ${a.marker}`, content, object_refs: [observed],
      x_sightline_marker: a.marker, x_sightline_marker_name: a.marker_name, x_sightline_quote: a.quote, x_sightline_start_offset: a.start_offset ?? undefined,
      x_sightline_end_offset: a.end_offset ?? undefined, x_sightline_note: a.note ?? undefined,
    }));
  }
  return objects;
}

/** impersonated / targeted / mentioned as the nearest STIX relationship; the exact role travels beside it. */
function partyLink(observed: string, party: string, link: { role: string; note?: string | null }, created: string): StixObject {
  return relationship(ROLE_RELATIONSHIP[link.role] ?? "related-to", observed, party, created, compact({ x_sightline_role: link.role, description: link.note ?? undefined }));
}

export function narrativeObject(n: NarrativeRow): StixObject {
  return compact({
    type: "x-sightline-narrative", ...SPEC, id: ids.narrative(n.id), created: n.created, modified: n.modified < n.created ? n.created : n.modified, name: n.title,
    x_sightline_claim: n.claim ?? undefined, x_sightline_language: n.language ?? undefined,
  });
}
