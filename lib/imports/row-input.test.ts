import { describe, expect, it } from "vitest";
import { importMappingSchema, type ImportMappingInput } from "./mapping";
import { mapRow } from "./row-input";

const mapping = (m: Partial<ImportMappingInput> = {}) =>
  importMappingSchema.parse({
    columns: { link: "item.url", seen: "sighting.observedAt", countries: "item.targetCountries", archive: "item.archiveUrl", outlets: "item.organizationsMentioned", langs: "item.language", claim: "item.text", ...m.columns },
    transforms: { langs: { first: true }, ...m.transforms },
    constants: m.constants,
    strict: m.strict,
    groupBy: m.groupBy,
  });
const row = (values: Record<string, string>) => ({ link: "https://example.org/a", seen: "2018-12-31", claim: "A claim", ...values });

describe("mapRow: a bad value fails alone", () => {
  it("keeps unknown countries as written and reads EU, USSR, Yugoslavia and Baltic states", () => {
    const r = mapRow(row({ countries: "['EU', 'USSR', 'Baltic states', 'Middle East', 'South Ossetia', 'Yugoslavia']" }), mapping());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input.item!.targetCountries).toEqual(["EU", "SU", "EE", "LV", "LT", "YU"]);
    expect(r.rawValues).toEqual({ countries: ["Middle East", "South Ossetia"] });
  });

  it("keeps a mistyped or malformed archive URL as written, and the row imports", () => {
    const r = mapRow(row({ archive: "ttps://web.archive.org/x" }), mapping());
    expect(r).toMatchObject({ ok: true, rawValues: { archive: ["ttps://web.archive.org/x"] } });
  });

  it("keeps the first 100 outlets and the rest as written, naming the column", () => {
    const outlets = JSON.stringify(Array.from({ length: 130 }, (_, i) => `Outlet ${i}`));
    const r = mapRow(row({ outlets }), mapping());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input.item!.organizations).toHaveLength(100);
    expect(r.rawValues.outlets).toHaveLength(30);
    expect(r.rawValues.outlets[0]).toBe("Outlet 100");
  });

  it("reads a language list by names, every language kept, the first one first", () => {
    const r = mapRow(row({ langs: "['Russian', 'English']" }), mapping());
    expect(r).toMatchObject({ ok: true, input: { item: { languages: ["ru", "en"] } }, rawValues: {} });
  });

  it("fails a row only for a missing or invalid required field, naming the user's column", () => {
    expect(mapRow(row({ seen: "yesterday-ish" }), mapping())).toMatchObject({ ok: false, failures: [{ field: "seen" }] });
    expect(mapRow({ seen: "2020-01-01", countries: "['PL']" }, mapping())).toMatchObject({ ok: false });
  });

  it("--strict turns kept values into row failures", () => {
    const r = mapRow(row({ countries: "['Atlantis']" }), mapping({ strict: true }));
    expect(r).toMatchObject({ ok: false, failures: [{ field: "countries" }] });
  });
});

describe("mapRow: constants, transforms and groups", () => {
  it("fills fields no column gives from constants; a column's value wins over a constant", () => {
    const m = mapping({ columns: { handle: "sighting.accountHandle" }, constants: { "item.platform": "x", "item.kind": "tweet", "item.verdict": "false" } });
    const r = mapRow(row({ handle: "someone" }), m);
    expect(r).toMatchObject({ ok: true, input: { item: { platform: "x", kind: "post", verdict: "false" }, sighting: { account: { platform: "x", handle: "someone" } } } });
  });

  it("reads dates by the column's format and splits comma lists when told", () => {
    const m = mapping({ columns: { tactics: "item.narratives" }, transforms: { seen: { dateFormat: "d.m.yyyy" }, tactics: { split: "," } } });
    const r = mapRow(row({ seen: "31.12.2019", tactics: "Sockpuppets, Botnets" }), m);
    expect(r).toMatchObject({ ok: true, input: { sighting: { observedAt: new Date("2019-12-31T00:00:00Z") }, item: { narratives: ["Sockpuppets", "Botnets"] } } });
  });

  it("groups rows sharing a case column into one campaign (by slug) or narrative", () => {
    const asCampaign = mapRow(row({ case: "Operation Doppelgänger" }), mapping({ columns: { case: null }, groupBy: { column: "case", as: "campaign" } }));
    expect(asCampaign).toMatchObject({ ok: true, input: { item: { campaign: "operation-doppelganger" } } });
    const asNarrative = mapRow(row({ case: "Case 17" }), mapping({ columns: { case: null }, groupBy: { column: "case", as: "narrative" } }));
    expect(asNarrative).toMatchObject({ ok: true, input: { item: { narratives: ["Case 17"] } } });
  });
});
