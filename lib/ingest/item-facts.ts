import type { ItemKind } from "../generated/prisma/enums";
import { platformFields, type PlatformCode } from "../codes/platforms";
import { detectLanguage, STORED_DETECTION_CONFIDENCE } from "../text/language-detect";
import type { CanonicalUrl } from "../urls/canonical-url";
import { kindOfUrl } from "../urls/infer-kind";
import type { ItemInput, SightingInput } from "./schemas";


export interface ResolvedItemFacts {
  kind: ItemKind;
  platform: PlatformCode | null;
  platformRaw: string | null;
  languages: string[];
  languagesDetected: boolean;
}

/**
 * What a new item stores beyond its input as given: the kind and platform its URL implies when none was given,
 * the platform through the vocabulary, and — when no language was given — the detected one, marked as detected.
 */
export function resolveItemFacts(item: ItemInput, url: Pick<CanonicalUrl, "canonical" | "platform"> | null): ResolvedItemFacts {
  return {
    kind: item.kind ?? (url ? kindOfUrl(url) : item.fileSha256 ? "other" : "post"),
    ...platformFields(item.platform, url?.platform),
    ...itemLanguages(item),
  };
}

export function itemLanguages(item: Pick<ItemInput, "languages" | "title" | "text">): { languages: string[]; languagesDetected: boolean } {
  if (item.languages.length) return { languages: item.languages, languagesDetected: false };
  // The same sample the log form's detector reads, so the form shows what will be stored.
  const sample = item.text?.trim() ? item.text : (item.title ?? "");
  const detected = sample ? detectLanguage(sample) : null;
  return detected && detected.confidence >= STORED_DETECTION_CONFIDENCE
    ? { languages: [detected.tag], languagesDetected: true }
    : { languages: [], languagesDetected: false };
}

/** The stored fields of a known item that a merging row may fill when they are empty. */
export interface FillableItem {
  title: string | null;
  text: string | null;
  publishedAt: Date | null;
  archiveUrl: string | null;
  notes: string | null;
  languages: string[];
  languagesDetected: boolean;
  platform: string | null;
  platformRaw: string | null;
  fileSha256: string | null;
}

/**
 * A row landing on a known item fills the item's empty fields and never overwrites one. Languages count as empty
 * when they were only detected and the row gives some. Returns the changed fields (empty object: nothing to fill).
 */
export function fillEmptyFields(
  current: FillableItem,
  row: ItemInput,
  facts: Pick<ResolvedItemFacts, "platform" | "platformRaw">,
): Partial<FillableItem> {
  const fill: Partial<FillableItem> = {};
  if (!current.title && row.title) fill.title = row.title;
  if (!current.text && row.text) fill.text = row.text;
  if (!current.publishedAt && row.publishedAt) fill.publishedAt = row.publishedAt;
  if (!current.archiveUrl && row.archiveUrl) fill.archiveUrl = row.archiveUrl;
  if (!current.notes && row.notes) fill.notes = row.notes;
  // Never the file hash: it is an identity (duplicates are found by it), and a merge must not give an item a second one.
  if (!current.platform && facts.platform) Object.assign(fill, { platform: facts.platform, platformRaw: facts.platformRaw });
  // Only then is the row's language worth knowing: the detector runs for items that lack one, not for every merge.
  if (current.languages.length === 0 || (current.languagesDetected && row.languages.length > 0)) {
    const mine = itemLanguages(row);
    const same = current.languages.join(",") === mine.languages.join(",") && current.languagesDetected === mine.languagesDetected;
    if (mine.languages.length && !same) Object.assign(fill, mine);
  }
  return fill;
}

export interface SightingVariants {
  title: string | null;
  text: string | null;
  archiveUrl: string | null;
  notes: string | null;
}

/**
 * What a sighting keeps of its row so that nothing is lost when the row lands on a known item: the title and text
 * as written there (only when they differ from the item's, after filling), its archive copy, and its notes —
 * the row's item notes too, when the item already had other notes. `merged`: the row landed on a known item.
 */
export function sightingVariants(
  stored: Pick<FillableItem, "title" | "text" | "archiveUrl" | "notes">,
  row: ItemInput | null,
  sighting: SightingInput,
  merged = false,
): SightingVariants {
  const differs = (mine: string | undefined, theirs: string | null) => (mine && mine !== theirs ? mine : null);
  const notes = [sighting.notes, differs(row?.notes, stored.notes)].filter(Boolean);
  return {
    title: differs(sighting.title, stored.title) ?? differs(row?.title, stored.title),
    text: differs(sighting.text, stored.text) ?? differs(row?.text, stored.text),
    // A merging row's archive copy stays with its sighting even when it also filled the item's empty one.
    archiveUrl: sighting.archiveUrl ?? (merged ? (row?.archiveUrl ?? null) : differs(row?.archiveUrl, stored.archiveUrl)),
    notes: notes.length ? [...new Set(notes)].join("\n\n") : null,
  };
}

/** A new item's fillable values as stored, for the sightings of the same batch that merge into it. */
export function storedValues(item: ItemInput, facts: ResolvedItemFacts): FillableItem {
  return {
    title: item.title ?? null, text: item.text ?? null, publishedAt: item.publishedAt ?? null, archiveUrl: item.archiveUrl ?? null,
    notes: item.notes ?? null, languages: facts.languages, languagesDetected: facts.languagesDetected, platform: facts.platform,
    platformRaw: facts.platformRaw, fileSha256: item.fileSha256 ?? null,
  };
}
