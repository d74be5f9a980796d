import type { ItemKind, Manipulation, PartyRole, Verdict } from "@/lib/generated/prisma/enums";

export interface PartyEntry {
  /** Set when picked from the typeahead; absent for a new name (created on save). */
  id?: string;
  name: string;
  role: PartyRole;
}

export interface AnnotationEntry {
  marker: string;
  markerName: string;
  quote: string;
  startOffset: number;
  endOffset: number;
  note: string;
}

export interface EvidenceEntry {
  uploadId: string;
  sha256: string;
  mimeType: string;
  sizeBytes: number;
  originalName: string | null;
}

export interface AccountEntry {
  id?: string;
  platform: string;
  handle: string;
}

export interface AttachTarget {
  itemId: string;
  title: string;
}

/** Everything typed into the form: kept as strings where the person types, so nothing is lost on a failed save. */
export interface LogFormState {
  url: string;
  kind: ItemKind;
  platform: string;
  title: string;
  text: string;
  /** BCP 47 tags as typed, comma-separated. */
  languages: string;
  /** True while `languages` holds the detector's guess (filled in, not typed): the server then stores it as detected. */
  languagesDetected: boolean;
  publishedAt: string;
  observedAt: string;
  views: string;
  shares: string;
  reactions: string;
  audienceCountry: string;
  account: AccountEntry | null;
  persons: PartyEntry[];
  organizations: PartyEntry[];
  targetCountries: string[];
  verdict: Verdict;
  manipulations: Manipulation[];
  techniques: string[];
  annotations: AnnotationEntry[];
  evidence: EvidenceEntry[];
  archiveUrl: string;
  notes: string;
  sightingNotes: string;
  campaign: { slug: string; name: string } | null;
  attachTo: AttachTarget | null;
}

/** "2025-03-01T14:05" in local time, the value a datetime-local input takes. */
export function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The empty form. `observedAt` starts empty and means "now" at save time: a default computed while rendering
 * would differ between the server's clock and zone and the browser's.
 */
export function initialLogFormState(now: Date | null = null): LogFormState {
  return {
    url: "",
    kind: "video",
    platform: "",
    title: "",
    text: "",
    languages: "",
    languagesDetected: false,
    publishedAt: "",
    observedAt: now ? localDateTime(now) : "",
    views: "",
    shares: "",
    reactions: "",
    audienceCountry: "",
    account: null,
    persons: [],
    organizations: [],
    targetCountries: [],
    verdict: "unverified",
    manipulations: [],
    techniques: [],
    annotations: [],
    evidence: [],
    archiveUrl: "",
    notes: "",
    sightingNotes: "",
    campaign: null,
    attachTo: null,
  };
}

const orUndefined = (value: string) => (value.trim() ? value.trim() : undefined);
/** A local date-time as an ISO instant; unparseable input is sent as typed so the server names the field. */
const instant = (value: string) => {
  if (!value.trim()) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
};
/** Numbers are sent as typed (the server coerces "1200" and names "12k" as the field at fault). */
const count = (value: string) => orUndefined(value.replace(/[\s,_]/g, ""));

/** The JSON body of POST /api/sightings: a new item, or a new sighting of the item chosen in the duplicate panel. */
export function toRequestBody(state: LogFormState) {
  const sighting = {
    url: state.attachTo ? orUndefined(state.url) : undefined,
    platform: orUndefined(state.platform),
    observedAt: instant(state.observedAt) ?? new Date().toISOString(),
    account: state.account ? (state.account.id ? { id: state.account.id } : { platform: state.account.platform, handle: state.account.handle }) : undefined,
    views: count(state.views),
    shares: count(state.shares),
    reactions: count(state.reactions),
    audienceCountry: orUndefined(state.audienceCountry),
    notes: orUndefined(state.sightingNotes),
  };
  const evidence = state.evidence.map((e) => e.uploadId);
  if (state.attachTo) return { itemId: state.attachTo.itemId, sighting, evidence };
  const party = (p: PartyEntry) => (p.id ? { id: p.id, role: p.role } : { name: p.name, role: p.role });
  return {
    item: {
      kind: state.kind,
      title: orUndefined(state.title),
      text: orUndefined(state.text),
      url: orUndefined(state.url),
      platform: orUndefined(state.platform),
      // A detected guess is not sent as given: the server runs the same detector on the same text and marks it detected.
      languages: state.languagesDetected ? [] : state.languages.split(/[\s,;]+/).filter(Boolean),
      publishedAt: instant(state.publishedAt),
      verdict: state.verdict,
      manipulations: state.manipulations,
      targetCountries: state.targetCountries,
      archiveUrl: orUndefined(state.archiveUrl),
      notes: orUndefined(state.notes),
      persons: state.persons.map(party),
      organizations: state.organizations.map(party),
      techniques: state.techniques,
      annotations: state.annotations.map((a) => ({ marker: a.marker, quote: a.quote, startOffset: a.startOffset, endOffset: a.endOffset, note: orUndefined(a.note) })),
      campaign: state.campaign?.slug,
    },
    sighting,
    evidence,
  };
}

/** Server paths ("item.persons[0].name", "item.persons.0.name") in one dotted form, to match against fields. */
export function normalisePath(path: string): string {
  return path.replace(/\[(\d+)\]/g, ".$1");
}
