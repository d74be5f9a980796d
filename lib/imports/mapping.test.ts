import { describe, expect, it } from "vitest";
import { guessMapping, headerSignature, importMappingSchema } from "./mapping";
import { detectFormat } from "./parse/formats";

describe("guessMapping", () => {
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

  it("maps JSON in the ingest shape to itself, and seen_at / link / country", () => {
    expect(guessMapping(["item.title", "sighting.observedAt"]).columns).toEqual({ "item.title": "item.title", "sighting.observedAt": "sighting.observedAt" });
    expect(guessMapping(["seen_at", "link", "country"]).columns).toEqual({ seen_at: "sighting.observedAt", link: "item.url", country: "item.targetCountries" });
  });

  it("refuses a mapping that fills one field twice or names an unknown field", () => {
    expect(importMappingSchema.safeParse({ columns: { a: "item.url", b: "item.url" } }).success).toBe(false);
    expect(importMappingSchema.safeParse({ columns: { a: "item.nope" } }).success).toBe(false);
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
