import type { ItemKind, PartyRole } from "../../generated/prisma/client";
import { logSightingSchema, type LogSightingInput } from "../../ingest/schemas";
import { canonicaliseUrl } from "../../urls/canonical-url";
import { canonicalOrNull } from "../../ingest/fingerprint";
import type { EntityRef } from "./entity-writes";
import { refsProp, stringProp } from "./object-schemas";
import type { StixObject } from "./read-bundle";

export interface BundleIndex {
  /** Observables (url, file, x-sightline-content …) by id: small, and shared between items (one file, many items). */
  observables: Map<string, StixObject>;
  entities: Map<string, EntityRef>;
  markers: { id: string; slug: string; name: string }[];
}

/** The STIX objects folded into one observed-data's item: they become its sightings and links, not rows of their own. */
export interface Folded {
  sightings: { rowNumber: number; object: StixObject }[];
  relationships: StixObject[];
  notes: StixObject[];
}

export interface CampaignLink {
  campaignId: string;
  confidence: number;
  status: "suggested" | "confirmed" | "rejected";
  reasons: unknown;
  evidence?: string;
  decidedAt?: string;
}

/** One item, each of its sightings as an ingest input, and its campaign links (which the ingest input cannot carry). */
export interface ItemPlan {
  input: LogSightingInput;
  /** The sightings after the first (the first travels in `input`), in bundle order. */
  more: { rowNumber: number; id: string; sighting: LogSightingInput["sighting"]; channel?: string }[];
  firstSighting: { rowNumber: number; id: string; channel?: string } | null;
  campaignLinks: CampaignLink[];
  /** What the ingest's account reference cannot carry: an account's display name and analyst's label. */
  accountDetails: { platform: string; handle: string; displayName?: string; label?: string }[];
  /** Values the source kept as written (items.raw_values), restored on the item as they were. */
  rawValues: Record<string, string[]>;
}

const schema = logSightingSchema({ lenient: true });
const ROLE_OF: Record<string, PartyRole> = { impersonates: "impersonated", targets: "targeted", "related-to": "mentioned" };
const ROLES = new Set<string>(["impersonated", "targeted", "mentioned"]);
const LINK_STATUSES = new Set(["suggested", "confirmed", "rejected"]);
const VIDEO_PLATFORMS = new Set(["youtube", "tiktok", "rumble"]);

/** The one place STIX's language list meets the item: today an item holds one tag, the first of the list. */
export const stixLanguagesToItem = (languages: string[]): string[] => languages;

/**
 * observed-data + its observables + the sightings, relationships and notes about it → ingest inputs: the item with
 * its first sighting, then one input per further sighting. Everything goes through the ingest (bulk) path, so it
 * is deduplicated and audited like any import. A string is the reason the object is skipped.
 */
export function itemPlan(observed: StixObject, folded: Folded, index: BundleIndex): ItemPlan | string {
  const observables = refsProp(observed, "object_refs").map((id) => index.observables.get(id)).filter((o): o is StixObject => Boolean(o));
  const urlValue = stringProp(observables.find((o) => o.type === "url"), "value");
  // The URL as it was typed, when the ingest takes it; one it now refuses (a space …) comes in percent-encoded.
  const verbatim = stringProp(observed, "x_sightline_original_url");
  const url = verbatim && acceptsUrl(verbatim) ? verbatim : urlValue;
  const file = observables.find((o) => o.type === "file");
  const hashes = (file?.hashes ?? {}) as Record<string, unknown>;
  const sha = Object.entries(hashes).find(([k]) => k.replace(/[-_]/g, "").toUpperCase() === "SHA256")?.[1];
  const text = stringProp(observed, "x_sightline_text");
  const title = stringProp(observed, "x_sightline_title") ?? stringProp(file, "name");
  if (!url && typeof sha !== "string" && !text && !title) return "observed-data names no url, no file with a SHA-256 hash and no text; nothing to import as an item";

  const persons: { id: string; role: PartyRole; note?: string }[] = [];
  const organizations: { id: string; role: PartyRole; note?: string }[] = [];
  const techniques: string[] = [];
  const links = new Map<string, CampaignLink>();
  for (const rel of folded.relationships) {
    const type = stringProp(rel, "relationship_type") ?? "";
    const otherId = stringProp(rel, "source_ref") === observed.id ? stringProp(rel, "target_ref") : stringProp(rel, "source_ref");
    const other = index.entities.get(otherId ?? "");
    if (!other) continue;
    const declared = stringProp(rel, "x_sightline_role");
    const role = declared && ROLES.has(declared) ? (declared as PartyRole) : ROLE_OF[type];
    const note = stringProp(rel, "description");
    if (other.kind === "person" && role) persons.push({ id: other.id, role, note });
    if (other.kind === "organization" && role) organizations.push({ id: other.id, role, note });
    if (other.kind === "technique") techniques.push(other.id);
    if (other.kind === "campaign") links.set(other.id, campaignLink(rel, other.id));
  }
  // A sighting "of" a campaign says the item is part of it; a relationship with the exact confidence says more.
  for (const { object } of folded.sightings) {
    const of = index.entities.get(stringProp(object, "sighting_of_ref") ?? "");
    if (of?.kind === "campaign" && !links.has(of.id)) links.set(of.id, { campaignId: of.id, confidence: 1, status: "confirmed", reasons: stixReason(object.id) });
  }
  const annotations: { marker: string; quote: string; startOffset?: number; endOffset?: number; note?: string }[] = [];
  const noteTexts: string[] = [];
  for (const note of folded.notes) {
    const annotation = markerAnnotation(note, text, index.markers);
    if (annotation) annotations.push(annotation);
    else if (stringProp(note, "content")) noteTexts.push(stringProp(note, "content")!);
  }
  const notes = [stringProp(observed, "x_sightline_notes"), ...noteTexts].filter(Boolean).join("\n\n");
  const languages = refsProp(observed, "x_sightline_languages");
  const legacyLanguage = stringProp(observed, "x_sightline_language"); // bundles exported before the list
  const narratives = refsProp(observed, "x_sightline_narrative_refs").map((id) => index.entities.get(id)).filter((n) => n?.kind === "narrative").map((n) => n!.name);
  // The item comes in with a sighting that has a URL of its own when there is one: the ingest gives a new item's
  // first sighting the item's URL when it has none, which a merged sighting without a URL never had.
  const withUrl = folded.sightings.findIndex(({ object }) => typeof object.x_sightline_url === "string");
  const ordered = withUrl > 0 ? [folded.sightings[withUrl], ...folded.sightings.filter((_, i) => i !== withUrl)] : folded.sightings;
  const [first, ...rest] = ordered;
  const input = schema.parse({
    item: {
      kind: kindOf(url, stringProp(file, "mime_type"), stringProp(observed, "x_sightline_kind")),
      title,
      text,
      url,
      platform: stringProp(observed, "x_sightline_platform"),
      languages: stixLanguagesToItem(languages.length ? languages : legacyLanguage ? [legacyLanguage] : []),
      publishedAt: stringProp(observed, "x_sightline_published_at"),
      verdict: stringProp(observed, "x_sightline_verdict"),
      manipulations: refsProp(observed, "x_sightline_manipulations"),
      targetCountries: refsProp(observed, "x_sightline_target_countries"),
      fileSha256: typeof sha === "string" ? sha.toLowerCase() : undefined,
      archiveUrl: stringProp(observed, "x_sightline_archive_url"),
      notes: notes || undefined,
      persons,
      organizations,
      narratives: [...new Set(narratives)],
      techniques: [...new Set(techniques)],
      annotations,
    },
    sighting: first ? sightingInput(first.object, index) : { observedAt: stringProp(observed, "first_observed"), notes: `STIX ${observed.id}; number_observed ${String(observed.number_observed)}` },
  });
  return {
    input,
    firstSighting: first ? { rowNumber: first.rowNumber, id: first.object.id, channel: stringProp(first.object, "x_sightline_channel") } : null,
    more: rest.map(({ rowNumber, object }) => ({
      rowNumber, id: object.id, channel: stringProp(object, "x_sightline_channel"),
      sighting: schema.parse({ itemId: "00000000-0000-4000-8000-000000000000", sighting: sightingInput(object, index) }).sighting,
    })),
    campaignLinks: [...links.values()],
    accountDetails: folded.sightings.flatMap(({ object }) => {
      const a = object.x_sightline_account as Record<string, unknown> | undefined;
      const account = accountOf(a);
      if (!account || !a || typeof a !== "object") return [];
      const displayName = typeof a.display_name === "string" ? a.display_name : undefined;
      const label = typeof a.label === "string" ? a.label : undefined;
      return displayName || label ? [{ ...account, displayName, label }] : [];
    }),
    rawValues: rawValuesOf(observed.x_sightline_raw_values),
  };
}

/** `{ column: [values] }` as exported; anything else is ignored (another tool's property of the same name). */
function rawValuesOf(value: unknown): Record<string, string[]> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const out: Record<string, string[]> = {};
  for (const [column, values] of Object.entries(value)) {
    if (Array.isArray(values)) out[column.slice(0, 300)] = values.filter((v): v is string => typeof v === "string").map((v) => v.slice(0, 2000)).slice(0, 200);
  }
  return out;
}

/** A STIX sighting as Sightline's: where, when, by whom, reach, notes (description) — or, from another tool, its STIX facts as notes. */
function sightingInput(sighting: StixObject, index: BundleIndex) {
  const own = "x_sightline_channel" in sighting;
  const account = accountOf(sighting.x_sightline_account);
  const whereSighted = refsProp(sighting, "where_sighted_refs").map((id) => index.entities.get(id)?.name ?? id);
  const foreignNotes = [
    `STIX ${sighting.id}`,
    sighting.count !== undefined ? `count ${String(sighting.count)}` : "",
    whereSighted.length ? `sighted by ${whereSighted.join(", ")}` : "",
    stringProp(sighting, "description") ?? "",
  ].filter(Boolean).join("; ");
  return {
    url: stringProp(sighting, "x_sightline_url"),
    platform: stringProp(sighting, "x_sightline_platform"),
    observedAt: stringProp(sighting, "first_seen") ?? stringProp(sighting, "created"),
    account,
    views: sighting.x_sightline_views ?? null,
    shares: sighting.x_sightline_shares ?? null,
    reactions: sighting.x_sightline_reactions ?? null,
    audienceCountry: stringProp(sighting, "x_sightline_audience_country"),
    notes: own ? stringProp(sighting, "description") : foreignNotes,
    // What this sighting showed where it differed from the item (a merge keeps it on the sighting).
    archiveUrl: stringProp(sighting, "x_sightline_archive_url"),
    title: stringProp(sighting, "x_sightline_title"),
    text: stringProp(sighting, "x_sightline_text"),
  };
}

/** { platform, handle } as exported, or "platform:handle" as older exports wrote it. */
function accountOf(value: unknown): { platform: string; handle: string; url?: string } | undefined {
  if (value && typeof value === "object" && "platform" in value && "handle" in value) {
    const { platform, handle, url } = value as { platform: unknown; handle: unknown; url?: unknown };
    if (typeof platform === "string" && typeof handle === "string") return { platform, handle, url: typeof url === "string" ? url : undefined };
  }
  if (typeof value === "string" && value.includes(":")) {
    const at = value.indexOf(":");
    return { platform: value.slice(0, at), handle: value.slice(at + 1) };
  }
  return undefined;
}

function campaignLink(rel: StixObject, campaignId: string): CampaignLink {
  const exact = rel.x_sightline_confidence;
  const stix = rel.confidence;
  const confidence = typeof exact === "number" && exact >= 0 && exact <= 1 ? exact : typeof stix === "number" && stix >= 0 && stix <= 100 ? stix / 100 : 1;
  const status = stringProp(rel, "x_sightline_link_status");
  return {
    campaignId,
    confidence,
    status: status && LINK_STATUSES.has(status) ? (status as CampaignLink["status"]) : "confirmed",
    reasons: Array.isArray(rel.x_sightline_reasons) ? rel.x_sightline_reasons : stixReason(rel.id),
    evidence: stringProp(rel, "description"),
    decidedAt: stringProp(rel, "x_sightline_decided_at"),
  };
}

const stixReason = (id: string) => [{ signal: "stix_import", detail: `linked in STIX by ${id}` }];

function acceptsUrl(url: string): boolean {
  try {
    canonicalOrNull(url);
    return true;
  } catch {
    return false;
  }
}

function kindOf(url: string | undefined, mime: string | undefined, declared: string | undefined): ItemKind {
  const kinds: ItemKind[] = ["video", "post", "image", "audio", "article", "email", "website", "other"];
  if (declared && (kinds as string[]).includes(declared)) return declared as ItemKind;
  if (mime?.startsWith("video/")) return "video";
  if (mime?.startsWith("image/")) return "image";
  if (mime?.startsWith("audio/")) return "audio";
  if (!url) return "other";
  try {
    const platform = canonicaliseUrl(url).platform;
    return VIDEO_PLATFORMS.has(platform) ? "video" : platform === "website" ? "article" : "post";
  } catch {
    return "other"; // the URL fails validation in the ingest, naming the field
  }
}

/**
 * A note becomes a language-marker annotation when it says so (x_sightline_marker and _quote, as Sightline
 * exports it), or — from another tool — when it names a marker (by name or slug) and quotes a span of the item's
 * text ("…" or “…”); an annotation must point at real text, so anything else stays a plain note.
 */
function markerAnnotation(note: StixObject, text: string | undefined, markers: BundleIndex["markers"]) {
  const slug = stringProp(note, "x_sightline_marker");
  const exactQuote = stringProp(note, "x_sightline_quote");
  if (slug && exactQuote) {
    const offset = (k: string) => (typeof note[k] === "number" ? (note[k] as number) : undefined);
    return { marker: slug, quote: exactQuote, startOffset: offset("x_sightline_start_offset"), endOffset: offset("x_sightline_end_offset"), note: stringProp(note, "x_sightline_note") };
  }
  const content = stringProp(note, "content") ?? "";
  if (!text) return null;
  const lower = content.toLowerCase();
  const marker = markers.find((m) => lower.includes(m.name.toLowerCase()) || lower.includes(m.slug));
  if (!marker) return null;
  const quote = [...content.matchAll(/["“„«]([^"”“«»]{2,500})["”“»]/g)].map((m) => m[1]).find((q) => text.includes(q));
  return quote ? { marker: marker.slug, quote } : null;
}
