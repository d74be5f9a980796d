/**
 * Values each kind of field must refuse, whatever else the body holds. Only values every schema of that kind
 * rejects are listed (coercing schemas accept numbers for dates and `[]`/`true` for counts, so those are left out).
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type FieldKind =
  | "requiredText"
  | "text"
  | "enum"
  | "country"
  | "countries"
  | "language"
  | "languages"
  | "httpUrl"
  | "canonUrl"
  | "parties"
  | "account"
  | "annotations"
  | "wikidata"
  | "domain"
  | "uploads"
  | "uuid"
  | "version"
  | "lockDate"
  | "slug"
  | "aliases"
  | "count"
  | "date"
  | "email"
  | "bool"
  | "sha256"
  | "techniques"
  | "manipulations"
  | "password"
  | "days";

export interface FieldSpec {
  /** Where the field sits in the body, e.g. ["item", "title"]. */
  path: string[];
  kind: FieldKind;
  /** Maximum length for text kinds. */
  max?: number;
  /** Whether leaving the field out must be refused. */
  required?: boolean;
  /** Whether null is a valid value (then null is not used as a bad value). */
  nullable?: boolean;
}

/** A marker in every generated text: if any bad body were stored, a search for it finds the row. */
export const FUZZ_MARK = "fuzzmark7q";

const NOT_STRINGS: Json[] = [42, -1, true, { value: "x" }, ["x"], { $ne: null }];
const deep = (depth: number): Json => {
  let value: Json = "bottom";
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};
const overLong = (max: number) => `${FUZZ_MARK} ${"x".repeat(max)}`;
const BAD_URLS: Json[] = [
  "javascript:alert(1)",
  "JavaScript:window.__pwned=1",
  " javascript:alert(document.cookie)",
  "data:text/html,<script>alert(1)</script>",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "file:///etc/passwd",
  "vbscript:msgbox(1)",
  "ftp://example.org/x",
  "//evil.example/x",
  "not a url",
  "http://",
  `https://example.org/${"a".repeat(2100)}`,
];
const BAD_COUNTRIES: Json[] = ["XX", "ZZ", "QQ", "POL", "Poland", "1A", "", "P", 48, { code: "PL" }];
const BAD_LANGUAGES: Json[] = ["1234", "en--us", "not a language", "", "@@", 7, { tag: "pl" }];

export function badValues(field: FieldSpec): Json[] {
  const nullBad: Json[] = field.nullable ? [] : [null];
  const max = field.max ?? 200;
  switch (field.kind) {
    case "requiredText":
      return ["", "   ", null, ...NOT_STRINGS, overLong(max), deep(40)];
    case "text":
      return [...nullBad, ...NOT_STRINGS, overLong(max), deep(40)];
    case "enum":
      return [...nullBad, "not_a_value", "ACTIVE", "", " ", 3, ["x"], { value: "x" }, "<script>alert(1)</script>"];
    case "country":
      return [...nullBad, ...BAD_COUNTRIES];
    case "countries":
      return ["PL", { PL: true }, ["XX"], ["PL", "ZZ"], [42], [null], Array<Json>(251).fill("PL"), null];
    case "language":
      return [...nullBad, ...BAD_LANGUAGES];
    case "languages":
      return ["pl", ["1234"], [42], [null], { pl: 1 }, Array<Json>(51).fill("pl"), null];
    case "httpUrl":
      return [...nullBad, ...BAD_URLS, 42, { href: "https://example.org" }, ["https://example.org"]];
    case "canonUrl":
      return [...BAD_URLS.filter((u) => typeof u === "string" && !u.startsWith("//") && u !== "not a url"), 42, { href: "https://example.org" }];
    case "parties":
      return [`${FUZZ_MARK} person`, { name: "x" }, [{}], [{ name: `${FUZZ_MARK} p`, role: "bogus" }], [{ id: "not-a-uuid", role: "targeted" }], [{ role: "targeted" }], [{ name: `${FUZZ_MARK} p`, role: "targeted", extra: 1 }], [42]];
    case "account":
      return [`${FUZZ_MARK}`, {}, { platform: "telegram" }, { id: "not-a-uuid" }, { platform: "telegram", handle: "h", url: "javascript:alert(1)" }, { platform: "telegram", handle: "h", url: "data:text/html,<script>alert(1)</script>" }, { platform: "telegram", handle: "x".repeat(201) }, [42]];
    case "annotations":
      return ["x", [{}], [{ marker: "", quote: "q" }], [{ marker: "m", quote: "" }], [{ marker: "m", quote: "q", startOffset: -1 }], [{ marker: "m", quote: "q", extra: true }], { marker: "m" }, [42]];
    case "wikidata":
      return [...nullBad, "42", "Q0", "q42", "Q", "Q42x", "javascript:alert(1)", 42];
    case "domain":
      return [...nullBad, "not a domain", "http://bbc.co.uk", "localhost", "-a.com", "a..b.com", "<script>.com", 42];
    case "uploads":
      return ["x", ["not-a-uuid"], [42], { id: "x" }, Array<Json>(21).fill("00000000-0000-4000-8000-000000000000")];
    case "uuid":
      return [...nullBad, "not-a-uuid", "123", "00000000-0000-0000-0000-00000000000g", "' OR 1=1 --", 42, { id: "x" }];
    case "version":
      return [null, 0, -1, 1.5, "1", { v: 1 }, [1], 1e400 as number, -1e308];
    case "lockDate":
      return [null, "yesterday", "2025-01-01", "2025-13-01T00:00:00Z", 42, { at: "x" }, ""];
    case "slug":
      return [...nullBad, "Has Spaces", "UPPER", "-leading", "", "a".repeat(101), "<script>", 42, ["x"]];
    case "aliases":
      return [`${FUZZ_MARK} alias`, [""], ["   "], [42], [null], { a: "b" }, Array<Json>(51).fill(`${FUZZ_MARK} a`), [overLong(max)], null];
    case "count":
      return ["abc", "12abc", -1, 1.5, 1e14, { n: 1 }, ["x", "y"], -1e308];
    case "date":
      return ["yesterday", "2025-13-01", "31/12/2025", "", { at: "2025-01-01" }, ["x"], "2025-02-03T25:61:00Z"];
    case "email":
      return [...nullBad, "not-an-email", "", "a@", "@example.org", "<script>@x", 42, { email: "a@b.c" }];
    case "bool":
      return ["true", 1, 0, null, { v: true }, ["true"]];
    case "sha256":
      return ["abc", "g".repeat(64), "a".repeat(63), 42, { sha: "x" }];
    case "techniques":
      return ["T0001", ["T9999"], ["not-a-technique"], [42], ["x".repeat(21)], Array<Json>(101).fill("T0001"), { T0001: 1 }];
    case "manipulations":
      return ["face_swap", ["not_a_manipulation"], [42], [null], Array<Json>(21).fill("face_swap"), { face_swap: true }];
    case "password":
      return ["short", "", 42, "x".repeat(257), { p: "x" }];
    case "days":
      return [0, -1, 3651, 1.5, "30", { d: 1 }, [30]];
  }
}

/** Values to put in any field, or in place of the whole body, that no schema takes. */
export const deepJunk = (depth: number): Json => deep(depth);
