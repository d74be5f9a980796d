import { fieldFit } from "./field-fit";
import type { ImportMapping } from "./mapping";
import { LIST_FIELDS, TARGET_FIELDS, TARGET_FIELD_IDS, type TargetField } from "./target-fields";
import { profileColumn, type ColumnProfile } from "./values/profile-column";

/** Why each target field got its column, for the preview: confidence 0–1 and sample values as written. */
export interface GuessedField {
  field: TargetField;
  column: string;
  confidence: number;
  basis: "header and values" | "values";
  samples: string[];
}
export interface MappingGuess {
  mapping: ImportMapping;
  fields: GuessedField[];
  /** Columns no field takes: they are not imported, and the report lists them. */
  unmapped: { column: string; reason: string; samples: string[] }[];
}

/** Below this a pairing is not offered; the user can still map the column by hand. */
const THRESHOLD = 0.3;
/** Fields a column may fill on its values alone (no header evidence), with this weight. */
const VALUE_ONLY: Partial<Record<TargetField, number>> = {
  "item.url": 0.45,
  "sighting.observedAt": 0.45,
  "item.targetCountries": 0.4,
  "item.language": 0.4,
  "item.techniques": 0.4,
};
/** Header words that say a column *describes* the thing before it ("account_category"), not the thing itself. */
const QUALIFIERS = new Set(["category", "type", "kind", "class", "label", "group", "count", "number", "score", "flag", "status", "rate", "share", "percent", "language", "country", "date", "url"]);

/**
 * A link to the case or report that documents a row (`case_url`, `report_link`, `factcheck_url`) is a source,
 * not the content: it never becomes the item's or sighting's URL (and so never feeds clustering).
 */
const SOURCE_LINK_WORDS = new Set(["case", "report", "factcheck", "debunk", "debunking", "source", "reference", "ref"]);
const CONTENT_URL_FIELDS = new Set<TargetField>(["item.url", "sighting.url", "item.archiveUrl"]);
function isSourceLinkColumn(header: string): boolean {
  const tokens = headerTokens(header);
  return tokens.length > 1 && tokens.some((t) => SOURCE_LINK_WORDS.has(t));
}

/** "publishDate", "publish_date", "Publish Date" → ["publish", "date"], singular. */
export function headerTokens(header: string): string[] {
  return header
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((t) => (t.length > 4 && t.endsWith("ies") ? `${t.slice(0, -3)}y` : t.length > 3 && t.endsWith("s") && !t.endsWith("ss") ? t.slice(0, -1) : t));
}

const SYNONYM_TOKENS = new Map<TargetField, string[][]>(
  TARGET_FIELD_IDS.map((f) => [f, [...TARGET_FIELDS[f].synonyms].map(headerTokens)]),
);

/** How strongly a header names a field: whole name 1, as its last words 0.7, as its first words 0.6. */
export function headerScore(header: string, field: TargetField): number {
  const tokens = headerTokens(header);
  if (!tokens.length) return 0;
  if (header === field) return 1;
  let best = 0;
  const joined = tokens.join(" ");
  for (const syn of SYNONYM_TOKENS.get(field)!) {
    const s = syn.join(" ");
    if (joined === s) return 1;
    if (tokens.length > syn.length && joined.endsWith(` ${s}`)) best = Math.max(best, 0.7);
    else if (tokens.length > syn.length && joined.startsWith(`${s} `) && !QUALIFIERS.has(tokens.at(-1)!)) best = Math.max(best, 0.6);
  }
  return best;
}

/**
 * Guesses a mapping from headers AND the first values of each column: every (column, field) pair scores
 * header evidence × value fit, and the best pairs are taken greedily, each column and field once.
 */
export function guessMappingFromProfiles(profiles: readonly ColumnProfile[], options: { headersOnly?: boolean } = {}): MappingGuess {
  const pairs: { column: string; field: TargetField; score: number; basis: GuessedField["basis"] }[] = [];
  for (const p of profiles) {
    for (const field of TARGET_FIELD_IDS) {
      // Without rows (a file of headers only) names are all there is — but never for an identity field.
      if (CONTENT_URL_FIELDS.has(field) && isSourceLinkColumn(p.column) && headerScore(p.column, field) < 1) continue;
      const fit = options.headersOnly ? (field === "rowKey" || field === "item.fileSha256" ? 0 : 1) : fieldFit(field, p);
      if (!fit) continue;
      const header = headerScore(p.column, field);
      const score = header ? header * fit : options.headersOnly ? 0 : (VALUE_ONLY[field] ?? 0) * fit;
      if (score >= THRESHOLD) pairs.push({ column: p.column, field, score, basis: header ? "header and values" : "values" });
    }
  }
  pairs.sort((a, b) => b.score - a.score);
  const byColumn = new Map<string, (typeof pairs)[number]>();
  const taken = new Set<TargetField>();
  for (const pair of pairs) {
    if (byColumn.has(pair.column) || taken.has(pair.field)) continue;
    byColumn.set(pair.column, pair);
    taken.add(pair.field);
  }
  // A sighting needs a time: a file whose only date is a publication date uses it as the time it was seen.
  if (!taken.has("sighting.observedAt")) {
    const published = [...byColumn.values()].find((p) => p.field === "item.publishedAt");
    if (published) published.field = "sighting.observedAt";
  }
  const profileOf = new Map(profiles.map((p) => [p.column, p]));
  const columns: ImportMapping["columns"] = {};
  const transforms: ImportMapping["transforms"] = {};
  for (const p of profiles) {
    const pair = byColumn.get(p.column);
    columns[p.column] = pair?.field ?? null;
    if (pair) {
      const t = transformFor(pair.field, p);
      if (t) transforms[p.column] = t;
    }
  }
  const fields = [...byColumn.values()].map((p) => ({
    field: p.field,
    column: p.column,
    confidence: Math.round(p.score * 100) / 100,
    basis: p.basis,
    samples: profileOf.get(p.column)!.samples,
  }));
  const unmapped = profiles.filter((p) => !byColumn.has(p.column)).map((p) => ({ column: p.column, reason: unmappedReason(p), samples: p.samples }));
  return { mapping: { columns, transforms, constants: {}, defaultKind: "other", strict: false }, fields, unmapped };
}

/** How a column's cells must be read for the field: first of a list, a comma list, a non-ISO date. */
function transformFor(field: TargetField, p: ColumnProfile): ImportMapping["transforms"][string] | null {
  if (LIST_FIELDS.has(field)) return p.list && p.list.separator !== "auto" ? { split: p.list.separator } : null;
  if (p.list) return { first: true, ...(p.list.separator !== "auto" ? { split: p.list.separator } : {}) };
  if (p.date && p.date.format !== "iso" && (field === "sighting.observedAt" || field === "item.publishedAt")) return { dateFormat: p.date.format };
  return null;
}

function unmappedReason(p: ColumnProfile): string {
  if (p.filled === 0) return "empty in the first rows";
  const named = TARGET_FIELD_IDS.filter((f) => headerScore(p.column, f) > 0);
  if (named.length) return `its name suggests ${named.map((f) => TARGET_FIELDS[f].label).join(" or ")}, but its values do not fit (or another column fits better)`;
  return "no field matches its name or values";
}

/** Profiles the first rows' columns and guesses from them (headers alone when there are no rows). */
export function guessFromRows(headers: readonly string[], rows: readonly Record<string, unknown>[]): MappingGuess {
  return guessMappingFromProfiles(
    headers.map((h) => profileColumn(h, rows.map((r) => r[h]))),
    { headersOnly: rows.length === 0 },
  );
}

/** The guessed mapping only. */
export function guessMapping(headers: readonly string[], rows: readonly Record<string, unknown>[] = []): ImportMapping {
  return guessFromRows(headers, rows).mapping;
}
