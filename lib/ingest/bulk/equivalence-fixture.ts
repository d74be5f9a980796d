import { logSightingSchema, type LogSightingInput } from "../schemas";

/** Known before the import, in both databases: a live item to merge into and a deleted one (its URL must fail). */
export const KNOWN_URL = "https://example.org/known-story";
export const DELETED_URL = "https://example.org/deleted-story";
export const SHA = "a".repeat(64);
const TEXT = "Polska musi wyjść z Unii Europejskiej, bo Bruksela decyduje za nas o wszystkim. Jest to konieczność dla naszego narodu.";

const schema = logSightingSchema({ lenient: true });
const pick = <T>(values: readonly T[], i: number) => values[i % values.length];

/**
 * 200 rows that exercise every branch of the merge path: new URLs, repeats of earlier rows' URLs in other forms,
 * rows without URL, a file hash shared by several rows, the known and the deleted item, persons and outlets in
 * several spellings, accounts, narratives, techniques, annotations, a campaign, and rows that must fail
 * (unknown marker on a new item, unknown campaign, empty handle, javascript: URL, unknown person id).
 */
export function equivalenceRows(count = 200): { rowNumber: number; input: LogSightingInput }[] {
  const rows: { rowNumber: number; input: LogSightingInput }[] = [];
  for (let i = 1; i <= count; i++) {
    const url =
      i % 7 === 0 ? "" : i % 5 === 0 ? `https://www.Example.org/story/${i - 3}?utm_source=x#c` : i % 11 === 0 ? KNOWN_URL : i % 29 === 0 ? DELETED_URL : `https://example.org/story/${i}`;
    const persons: { id?: string; name?: string; role: string }[] =
      i === 150
        ? [{ id: "00000000-0000-4000-8000-000000000000", role: "mentioned" }]
        : i % 6 === 0
          ? [{ name: pick(["Alan Read", "alan read", "Maria Nowak"], i), role: pick(["impersonated", "mentioned"], i) }]
          : [];
    const raw = {
      item: {
        kind: i % 10 === 4 ? undefined : pick(["video", "post", "article"], i),
        title: `Claim ${i}`,
        text: i % 3 ? `${TEXT} Wariant ${i % 13}.` : undefined,
        url: i === 77 ? "javascript:alert(1)" : url || undefined,
        // Some rows give no language (the detector's guess is stored, marked) and the known item gets one.
        language: i % 5 === 2 ? undefined : pick(["Polish", "de", "en"], i),
        platform: i % 9 === 4 ? pick(["Twitter", "fb", "Some Forum"], i) : undefined,
        publishedAt: i % 8 === 3 ? "2025-01-02T03:04:05Z" : undefined,
        archiveUrl: i % 6 === 1 ? `https://archive.ph/row${i}` : undefined,
        notes: i % 10 === 7 ? `Row ${i} note` : undefined,
        targetCountries: pick([["Poland", "UA"], ["DE"], [], ["LT", "LV", "PL"]], i),
        manipulations: i % 4 === 0 ? ["face_swap"] : i % 10 === 3 ? ["edited"] : [],
        fileSha256: i % 17 === 0 ? SHA : undefined,
        persons,
        organizations: i % 8 === 0 ? [{ name: pick(["TVP Info", "tvp info", "Reuters"], i), role: "impersonated" }] : [],
        narratives: i % 9 === 0 ? [pick(["Polexit now", "polexit NOW", "Grain flood"], i)] : [],
        techniques: i % 10 === 0 ? ["T0087"] : [],
        annotations: i % 12 === 0 ? [{ marker: i % 24 === 0 ? "no-such-marker" : "russian-syntax-calque", quote: "Jest to konieczność" }] : [],
        campaign: i % 13 === 0 ? (i % 26 === 0 ? "no-such-campaign" : "polexit") : undefined,
      },
      sighting: {
        observedAt: `2025-0${(i % 9) + 1}-1${i % 10}T10:00:00Z`,
        platform: i % 2 ? "youtube" : undefined,
        account: i % 4 === 1 ? { platform: "youtube", handle: i === 101 ? "@@" : pick(["@Polexit_TV", "polexit_tv", "@other"], i) } : undefined,
        views: i * 10,
        audienceCountry: i % 3 === 0 ? "Poland" : undefined,
        archiveUrl: i % 14 === 5 ? `https://web.archive.org/web/2025/row${i}` : undefined,
        text: i % 15 === 4 ? `As seen in row ${i}` : undefined,
      },
    };
    // Fix up what the generator cannot express without failing zod: rows need text for their annotation's quote.
    if (raw.item.annotations.length && !raw.item.text) raw.item.text = TEXT;
    rows.push({ rowNumber: i, input: schema.parse(raw) });
  }
  return rows;
}
