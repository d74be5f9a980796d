import { normaliseCountry } from "../../codes/countries";
import { normaliseLanguageTag } from "../../codes/languages";
import { parseListCell, type ListSeparator } from "../parse/list-cell";
import { detectDateFormat, type DateFormat } from "./dates";
import { regionCountries } from "./regions";

/** What the first values of a column look like; the mapping guess weighs its header against this. */
export interface ColumnProfile {
  column: string;
  /** Non-empty cells looked at. */
  filled: number;
  /** Share of all cells looked at that are empty. */
  emptyShare: number;
  distinct: number;
  /** Every non-empty value is different (a key candidate). */
  unique: boolean;
  /** List cells: the shape most cells use, or null when cells are single values. */
  list: { separator: ListSeparator; share: number; meanItems: number } | null;
  date: { format: DateFormat; share: number } | null;
  /** Shares of the non-empty cells (list cells: of their items) that read as each kind of value. */
  shares: { url: number; country: number; language: number; number: number; flag: number; sha256: number; idLike: number; technique: number };
  meanLength: number;
  maxLength: number;
  /** A few distinct values as written, for the preview. */
  samples: string[];
}

const URL = /^(https?:\/\/|www\.)[^\s]+\.[^\s]+/i;
const NUMBER = /^[-+]?(\d{1,3}([,\s\u00a0]\d{3})+|\d+)(\.\d+)?\s*[kKmM]?$/;
const FLAG = /^(0|1|true|false|yes|no|y|n)$/i;
const SHA256 = /^[0-9a-f]{64}$/i;
/** One token without spaces: a handle, a slug, a UUID, an "author#12" row id, a hex digest. */
const ID_LIKE = /^[\p{L}\p{N}_:#./@-]{1,128}$/u;
const TECHNIQUE = /^T\d{4}(\.\d{3})?$/i;

/** Profiles up to `limit` cells of one column (the caller passes the first ~1,000 rows). */
export function profileColumn(column: string, cells: readonly unknown[], limit = 1000): ColumnProfile {
  const values: string[] = [];
  let empty = 0;
  for (const cell of cells.slice(0, limit)) {
    const text = cell === null || cell === undefined ? "" : typeof cell === "string" ? cell.trim() : Array.isArray(cell) ? JSON.stringify(cell) : String(cell);
    if (text === "") empty++;
    else values.push(text);
  }
  const looked = values.length + empty;
  const list = listShape(values);
  // Codes are counted per list item even in a column that is mostly single values ("PL", "PL; DE").
  const items = values.flatMap((v) => parseListCell(v, list?.separator ?? "auto"));
  const share = (test: (v: string) => boolean, of: readonly string[] = items) => (of.length ? of.filter(test).length / of.length : 0);
  const distinct = new Set(values);
  const lengths = values.map((v) => v.length);
  return {
    column,
    filled: values.length,
    emptyShare: looked ? empty / looked : 1,
    distinct: distinct.size,
    unique: values.length > 1 && distinct.size === values.length,
    list,
    date: list ? null : detectDateFormat(values.slice(0, 200)),
    shares: {
      url: share((v) => URL.test(v), values),
      country: share((v) => v.length > 1 && (normaliseCountry(v) !== null || regionCountries(v) !== null)),
      language: share((v) => !/^\d+$/.test(v) && normaliseLanguageTag(v) !== null),
      number: share((v) => NUMBER.test(v), values),
      flag: share((v) => FLAG.test(v), values),
      sha256: share((v) => SHA256.test(v), values),
      idLike: share((v) => ID_LIKE.test(v), values),
      technique: share((v) => TECHNIQUE.test(v)),
    },
    meanLength: lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : 0,
    maxLength: lengths.length ? Math.max(...lengths) : 0,
    samples: [...distinct].slice(0, 5).map((v) => (v.length > 120 ? `${v.slice(0, 120)}…` : v)),
  };
}

/**
 * Whether the column holds lists, and in which shape. Bracketed cells (JSON, Python reprs), `;` and `|` are
 * lists wherever they are the norm. A comma is a list separator only when most cells have one and the pieces
 * are short and recur across rows ("Sockpuppets, Botnets"): a sentence's commas split into pieces that never recur.
 */
function listShape(values: readonly string[]): ColumnProfile["list"] {
  if (!values.length) return null;
  const share = (test: (v: string) => boolean) => values.filter(test).length / values.length;
  const bracketed = share((v) => v.startsWith("[") && v.endsWith("]"));
  const mean = (sep: ListSeparator) => values.reduce((n, v) => n + parseListCell(v, sep).length, 0) / values.length;
  if (bracketed >= 0.8) return { separator: "auto", share: bracketed, meanItems: mean("auto") };
  for (const sep of [";", "|"] as const) {
    const s = share((v) => v.includes(sep));
    if (s >= 0.3 && !values.some((v) => v.length > 400)) return { separator: sep, share: s, meanItems: mean(sep) };
  }
  const withComma = values.filter((v) => v.includes(","));
  if (withComma.length / values.length >= 0.3) {
    const pieces = withComma.flatMap((v) => v.split(",").map((p) => p.trim().toLowerCase())).filter(Boolean);
    const counts = new Map<string, number>();
    for (const p of pieces) counts.set(p, (counts.get(p) ?? 0) + 1);
    const recurring = pieces.filter((p) => (counts.get(p) ?? 0) > 1).length / pieces.length;
    const short = pieces.filter((p) => p.split(/\s+/).length <= 4).length / pieces.length;
    if (recurring >= 0.5 && short >= 0.9) return { separator: ",", share: withComma.length / values.length, meanItems: mean(",") };
  }
  return null;
}
