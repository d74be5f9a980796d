import { describe, expect, it } from "vitest";
import { guessFromRows, guessMapping } from "./guess-mapping";
import { checkMappingAgainstFile, headerSignature, importMappingSchema } from "./mapping";
import { detectFormat } from "./parse/formats";

/** `n` rows built by `row(i)`. */
const rows = (n: number, row: (i: number) => Record<string, string>) => Array.from({ length: n }, (_, i) => row(i));
const hex = (i: number, len: number) => (BigInt(i + 1) * 0x9e3779b97f4a7c15n).toString(16).padStart(len, "0").repeat(4).slice(0, len);

describe("guessMapping from headers only", () => {
  it("maps typical headers by synonym", () => {
    const { columns } = guessMapping(["Date", "URL", "Target Country", "lang", "Title", "first_seen", "Views", "Impersonated", "tweet_url", "Unrelated"]);
    expect(columns).toMatchObject({
      Date: "sighting.observedAt",
      URL: "item.url",
      "Target Country": "item.targetCountries",
      lang: "item.language",
      Title: "item.title",
      Views: "sighting.views",
      Impersonated: "item.personsImpersonated",
      Unrelated: null,
    });
    // each target is filled once: the second "seen" column is left for the person to decide
    expect(columns.first_seen).toBeNull();
    expect(columns.tweet_url).toBeNull();
  });

  it("maps JSON in the ingest shape to itself, and seen_at / link / country; never an identity field on a name alone", () => {
    expect(guessMapping(["item.title", "sighting.observedAt"]).columns).toEqual({ "item.title": "item.title", "sighting.observedAt": "sighting.observedAt" });
    expect(guessMapping(["seen_at", "link", "country"]).columns).toEqual({ seen_at: "sighting.observedAt", link: "item.url", country: "item.targetCountries" });
    expect(guessMapping(["id", "sha256"]).columns).toEqual({ id: null, sha256: null });
  });
});

describe("guessMapping from headers and values", () => {
  it("never takes keywords as the row key, case_hash as the file hash, or a 0/1 attribution_language as the language", () => {
    const data = rows(300, (i) => ({
      keywords: `['War in Ukraine', 'topic ${i % 7}']`,
      case_hash: hex(i, 40),
      attribution_language: String(i % 2),
      date: `2018-01-${String((i % 28) + 1).padStart(2, "0")}`,
      claim: `Claim number ${i} says something`,
    }));
    const { mapping } = guessFromRows(Object.keys(data[0]), data);
    expect(mapping.columns.keywords).toBe("item.narratives");
    expect(mapping.columns.case_hash).toBeNull();
    expect(mapping.columns.attribution_language).toBeNull();
    expect(Object.values(mapping.columns)).not.toContain("rowKey");
  });

  it("takes identity fields when the values look like one: unique ids, 64-hex digests", () => {
    const data = rows(200, (i) => ({ record_id: `rec-${i}`, file_hash: hex(i, 64), seen: "2020-01-01" }));
    const { mapping } = guessFromRows(Object.keys(data[0]), data);
    expect(mapping.columns).toMatchObject({ record_id: "rowKey", file_hash: "item.fileSha256", seen: "sighting.observedAt" });
  });

  it("reads a column of language lists as the item's languages, and notes comma lists and US dates", () => {
    const data = rows(200, (i) => ({
      languages: i % 5 ? "['Russian']" : "['Russian', 'English']",
      tactics: ["Sockpuppets, Botnets", "Botnets", "Sockpuppets, Hashtag flooding"][i % 3],
      posted: `${(i % 12) + 1}/${(i % 28) + 1}/2019`,
      link: `https://example.org/${i}`,
      tags: ["a; b", "b; c"][i % 2],
    }));
    const guess = guessFromRows(Object.keys(data[0]), data);
    expect(guess.mapping.columns.languages).toBe("item.language");
    expect(guess.mapping.transforms.languages).toBeUndefined(); // Python-list cells need no separator
    expect(guess.mapping.transforms.posted).toEqual({ dateFormat: "m/d/yyyy" });
    expect(guess.mapping.columns.posted).toBe("sighting.observedAt");
    expect(guess.mapping.columns.tags).toBe("item.narratives");
    const link = guess.fields.find((f) => f.field === "item.url");
    expect(link).toMatchObject({ column: "link" });
    expect(link!.samples[0]).toBe("https://example.org/0");
    expect(guess.unmapped.map((u) => u.column)).toEqual(["tactics"]);
  });

  it("never reads a case or report link as the content URL, even when it is the only URL column", () => {
    const data = rows(100, (i) => ({ case_url: `https://euvsdisinfo.eu/report/case-${i % 40}/`, claim: `Claim ${i}`, date: "2018-01-01" }));
    const guess = guessFromRows(Object.keys(data[0]), data);
    expect(guess.mapping.columns.case_url).toBeNull();
    expect(guess.unmapped.map((u) => u.column)).toEqual(["case_url"]);
  });

  it("maps by values alone where names say nothing (a column of URLs, of dates, of country names)", () => {
    const data = rows(100, (i) => ({ publication: `https://news.example/${i}`, when_: "2020-05-01", where_: ["Poland", "Germany", "Baltic states"][i % 3], blob: "x" }));
    const { mapping } = guessFromRows(Object.keys(data[0]), data);
    expect(mapping.columns).toMatchObject({ publication: "item.url", when_: "sighting.observedAt", where_: "item.targetCountries", blob: null });
  });
});

describe("importMappingSchema", () => {
  it("refuses a mapping that fills one field twice or names an unknown field", () => {
    expect(importMappingSchema.safeParse({ columns: { a: "item.url", b: "item.url" } }).success).toBe(false);
    expect(importMappingSchema.safeParse({ columns: { a: "item.nope" } }).success).toBe(false);
  });

  it("checks constants by the field's type", () => {
    const ok = importMappingSchema.safeParse({ columns: {}, constants: { "item.platform": "x", "sighting.observedAt": "2024-05-01", "item.kind": "tweet", "item.verdict": "false", "sighting.views": 3 } });
    expect(ok.success).toBe(true);
    for (const [field, value] of [["sighting.observedAt", "soon"], ["item.kind", "hologram"], ["sighting.views", "many"], ["rowKey", "k"], ["item.nope", "x"], ["item.title", ["a", "b"]]] as const) {
      const bad = importMappingSchema.safeParse({ columns: {}, constants: { [field]: value } });
      expect(bad.success, `${field}=${String(value)}`).toBe(false);
      expect(bad.error!.issues[0].path).toEqual(["constants", field]);
    }
  });

  it("refuses columns the file does not have, naming them, and a file wider than any sheet", () => {
    const mapping = importMappingSchema.parse({ columns: { url: "item.url", gone: "item.title" }, transforms: { also_gone: { first: true } } });
    expect(() => checkMappingAgainstFile(mapping, ["url"])).toThrow(/"gone", "also_gone"/);
    expect(() => checkMappingAgainstFile(importMappingSchema.parse({ columns: {} }), Array.from({ length: 100_000 }, (_, i) => `c${i}`))).toThrow(/100000 columns/);
  });

  it("signs headers regardless of order and case", () => {
    expect(headerSignature("csv", ["URL", "Date"])).toBe(headerSignature("csv", ["date", "url"]));
  });
});

describe("detectFormat", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it("checks the bytes as well as the name", () => {
    expect(detectFormat("a.csv", bytes("\uFEFFurl,date\n"))).toBe("csv");
    expect(detectFormat("a.json", bytes('{"type": "bundle", "id": "bundle--x"}'))).toBe("stix");
    expect(detectFormat("a.json", bytes('[{"url": 1}]'))).toBe("json");
    expect(detectFormat("a.jsonl", bytes('{"url": 1}\n'))).toBe("jsonl");
    expect(() => detectFormat("a.csv", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]))).toThrow(/binary/);
    expect(() => detectFormat("a.csv", bytes('[{"url": 1}]'))).toThrow(/looks like JSON/);
    expect(() => detectFormat("a.exe", bytes("MZ"))).toThrow(/cannot be imported/);
    expect(() => detectFormat("a.json", bytes("url,date"))).toThrow(/does not start with JSON/);
  });
});
