import type { ItemKind, PartyRole } from "../../generated/prisma/client";
import { logSightingSchema, type LogSightingInput } from "../../ingest/schemas";
import { canonicaliseUrl } from "../../urls/canonical-url";
import type { EntityRef } from "./entity-writes";
import { refsProp, stringProp } from "./object-schemas";
import type { StixObject } from "./read-bundle";

export interface BundleIndex {
  byId: Map<string, StixObject>;
  entities: Map<string, EntityRef>;
  markers: { id: string; slug: string; name: string }[];
}

/** The STIX objects folded into one observed-data's item: they become links of the item, not rows of their own. */
export interface Folded {
  sighting?: StixObject;
  relationships: StixObject[];
  notes: StixObject[];
}

const schema = logSightingSchema({ lenient: true });
const ROLE_OF: Record<string, PartyRole> = { impersonates: "impersonated", targets: "targeted", "related-to": "mentioned" };
const VIDEO_PLATFORMS = new Set(["youtube", "tiktok", "rumble"]);

/**
 * observed-data + its url/file observables + the sighting, relationships and notes about it → the one ingest
 * input. Everything about the item goes through logSighting, so it is deduplicated and audited like a form entry.
 */
export function observedDataInput(observed: StixObject, folded: Folded, index: BundleIndex): LogSightingInput | string {
  const raw = rawInput(observed, folded, index);
  return typeof raw === "string" ? raw : schema.parse(raw);
}

function rawInput(observed: StixObject, folded: Folded, index: BundleIndex) {
  const observables = refsProp(observed, "object_refs").map((id) => index.byId.get(id)).filter((o): o is StixObject => Boolean(o));
  const url = stringProp(observables.find((o) => o.type === "url"), "value");
  const file = observables.find((o) => o.type === "file");
  const hashes = (file?.hashes ?? {}) as Record<string, unknown>;
  const sha = Object.entries(hashes).find(([k]) => k.replace(/[-_]/g, "").toUpperCase() === "SHA256")?.[1];
  if (!url && typeof sha !== "string") return "observed-data names no url or file with a SHA-256 hash; nothing to import as an item";

  const persons: { name: string; role: PartyRole }[] = [];
  const organizations: { name: string; role: PartyRole }[] = [];
  const techniques: string[] = [];
  let campaign = folded.sighting ? index.entities.get(stringProp(folded.sighting, "sighting_of_ref") ?? "")?.slug : undefined;
  for (const rel of folded.relationships) {
    const type = stringProp(rel, "relationship_type") ?? "";
    const otherId = stringProp(rel, "source_ref") === observed.id ? stringProp(rel, "target_ref") : stringProp(rel, "source_ref");
    const other = index.entities.get(otherId ?? "");
    if (!other) continue;
    if (other.kind === "person" && ROLE_OF[type]) persons.push({ name: other.name, role: ROLE_OF[type] });
    if (other.kind === "organization" && ROLE_OF[type]) organizations.push({ name: other.name, role: ROLE_OF[type] });
    if (other.kind === "technique") techniques.push(other.id);
    if (other.kind === "campaign") campaign ??= other.slug;
  }
  const text = stringProp(observed, "x_sightline_text");
  const annotations: { marker: string; quote: string }[] = [];
  const noteTexts: string[] = [];
  for (const note of folded.notes) {
    const content = stringProp(note, "content") ?? "";
    const annotation = markerAnnotation(content, text, index.markers);
    if (annotation) annotations.push(annotation);
    else if (content) noteTexts.push(content);
  }
  const sighting = folded.sighting;
  const whereSighted = refsProp(sighting, "where_sighted_refs").map((id) => index.entities.get(id)?.name ?? stringProp(index.byId.get(id), "name") ?? id);
  const sightingNotes = [
    `STIX ${sighting ? sighting.id : observed.id}`,
    sighting?.count !== undefined ? `count ${String(sighting.count)}` : `number_observed ${String(observed.number_observed)}`,
    whereSighted.length ? `sighted by ${whereSighted.join(", ")}` : "",
  ].filter(Boolean).join("; ");
  return {
    item: {
      kind: kindOf(url, stringProp(file, "mime_type"), stringProp(observed, "x_sightline_kind")),
      title: stringProp(file, "name"),
      text,
      url,
      fileSha256: typeof sha === "string" ? sha.toLowerCase() : undefined,
      persons,
      organizations,
      techniques: [...new Set(techniques)],
      annotations,
      campaign,
      notes: noteTexts.length ? noteTexts.join("\n\n") : undefined,
    },
    sighting: {
      observedAt: (stringProp(sighting, "first_seen") ?? stringProp(observed, "first_observed")!),
      notes: sightingNotes,
    },
  };
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
    return "other"; // the URL fails validation in logSighting, naming the field
  }
}

/**
 * A note becomes a language-marker annotation when it names a marker (by name or slug) and quotes a span of the
 * item's text ("…" or “…”); an annotation must point at real text, so anything else stays a plain note.
 */
function markerAnnotation(content: string, text: string | undefined, markers: BundleIndex["markers"]) {
  if (!text) return null;
  const lower = content.toLowerCase();
  const marker = markers.find((m) => lower.includes(m.name.toLowerCase()) || lower.includes(m.slug));
  if (!marker) return null;
  const quote = [...content.matchAll(/["“„«]([^"”“«»]{2,500})["”“»]/g)].map((m) => m[1]).find((q) => text.includes(q));
  return quote ? { marker: marker.slug, quote } : null;
}
