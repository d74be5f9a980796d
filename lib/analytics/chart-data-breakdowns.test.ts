import { describe, expect, it } from "vitest";
import { debunkBinLabels, formatLag, toCountryTable, toDebunkBars, toLanguageBars, toVerdictBars } from "./chart-data-breakdowns";
import { tableToCsv } from "./chart-data-csv";
import { toMarkerMatrix, toMarkersOverTime } from "./chart-data-markers";
import { toFirstSeen } from "./chart-data-first-seen";

describe("toCountryTable", () => {
  const rows = [
    { country: "PL", targetItems: 2, originItems: 1, sightings: 5 },
    { country: "FR", targetItems: 4, originItems: 0, sightings: 9 },
    { country: "DE", targetItems: 0, originItems: 3, sightings: 5 },
  ];
  it("sorts by a metric (ties by name) or by country name", () => {
    expect(toCountryTable(rows).rows.map((r) => r.country)).toEqual(["FR", "DE", "PL"]);
    expect(toCountryTable(rows, { by: "targetItems", dir: "asc" }).rows.map((r) => r.country)).toEqual(["DE", "PL", "FR"]);
    expect(toCountryTable(rows, { by: "country", dir: "asc" }).rows.map((r) => r.name)).toEqual(["France", "Germany", "Poland"]);
  });
  it("tables exactly the rows, with names", () => {
    expect(toCountryTable(rows).table.rows[0]).toEqual({ country: "FR", name: "France", sightings: 9, targetItems: 4, originItems: 0 });
  });
});

describe("bars", () => {
  it("labels languages, unknown included", () => {
    const { bars, table } = toLanguageBars([{ language: "pl", items: 3, sightings: 7 }, { language: "", items: 1, sightings: 1 }]);
    expect(bars.map((b) => b.label)).toEqual(["Polish (pl)", "Unknown"]);
    expect(table.rows[1]).toEqual({ language: "", name: "Unknown", items: 1, sightings: 1 });
  });
  it("colours verdicts like their badges and totals them", () => {
    const v = toVerdictBars([{ verdict: "false", items: 2 }, { verdict: "satire", items: 1 }]);
    expect(v.bars[0]).toEqual({ key: "false", label: "False", value: 2, color: "var(--verdict-false)" });
    expect(v.total).toBe(3);
  });
  it("labels the debunk bins and formats lags", () => {
    expect(debunkBinLabels()).toEqual(["< 1 h", "1 h – 6 h", "6 h – 1 d", "1 d – 3 d", "3 d – 1 w", "1 w – 4 w", "≥ 4 w"]);
    const { table } = toDebunkBars({ items: 3, timed: 2, untimed: 1, medianHours: 5, bins: [1, 1, 0, 0, 0, 0, 0] });
    expect(table.rows.slice(0, 2)).toEqual([{ lag: "< 1 h", items: 1 }, { lag: "1 h – 6 h", items: 1 }]);
    expect([formatLag(null), formatLag(5), formatLag(72), formatLag(24 * 60)]).toEqual(["—", "5.0 h", "3.0 days", "8.6 weeks"]);
  });
});

describe("markers", () => {
  const rows = [
    { slug: "calque", name: "Calque", language: "pl", bucket: "2024-05-01", annotations: 2, items: 1 },
    { slug: "calque", name: "Calque", language: "en", bucket: "2024-06-01", annotations: 1, items: 1 },
    { slug: "glyph", name: "Glyph", language: "en", bucket: "", annotations: 4, items: 2 },
  ];
  it("builds the marker × language matrix, busiest first", () => {
    const m = toMarkerMatrix(rows);
    expect(m.languages.map((l) => l.tag)).toEqual(["en", "pl"]);
    expect(m.markers.map((x) => [x.slug, x.total])).toEqual([["glyph", 4], ["calque", 3]]);
    expect(m.table.rows).toEqual([{ marker: "Glyph", "lang:en": 4, "lang:pl": 0, total: 4 }, { marker: "Calque", "lang:en": 1, "lang:pl": 2, total: 3 }]);
    expect(m.max).toBe(4);
  });
  it("puts dated annotations over time, leaving undated ones out", () => {
    const t = toMarkersOverTime(rows, "month");
    expect(t.points).toEqual([{ bucket: "2024-05-01", calque: 2 }, { bucket: "2024-06-01", calque: 1 }]);
  });
});

describe("toFirstSeen", () => {
  it("finds the first place, the next platform and the median lag", () => {
    const at = (h: number) => new Date(Date.UTC(2025, 0, 1) + h * 3_600_000).toISOString();
    const out = toFirstSeen([
      { id: "a", title: "A", kind: "video", platforms: [{ platform: "tiktok", country: "PL", at: at(0), lagHours: 0 }, { platform: "x", country: null, at: at(6), lagHours: 6 }] },
      { id: "b", title: null, kind: "post", platforms: [{ platform: "x", country: "FR", at: at(1), lagHours: 0 }, { platform: "telegram", country: "FR", at: at(3), lagHours: 2 }] },
      { id: "c", title: "C", kind: "post", platforms: [{ platform: "x", country: null, at: at(2), lagHours: 0 }] },
    ]);
    expect(out.rows[1]).toMatchObject({ title: "Untitled post", firstPlatform: "x", firstCountry: "FR", nextPlatform: "telegram", lagHours: 2 });
    expect(out.medianLag).toBe(4);
    expect(out.firstPlatforms.map((p) => [p.platform, p.n])).toEqual([["x", 2], ["tiktok", 1]]);
    expect(out.dots).toHaveLength(5);
    expect(out.table.rows[2]).toEqual({ title: "C", firstAt: at(2), firstPlatform: "x", firstCountry: null, nextPlatform: null, lagHours: null, platforms: 1 });
  });
});

describe("tableToCsv", () => {
  it("writes RFC 4180: header of keys, CRLF, quoted commas and quotes, empty for null", () => {
    const csv = tableToCsv({ columns: [{ key: "name" }, { key: "n", numeric: true }].map((c) => ({ label: c.key, ...c })), rows: [{ name: 'Say "hi", all', n: 3 }, { name: null, n: 0 }] });
    expect(csv).toBe('name,n\r\n"Say ""hi"", all",3\r\n,0\r\n');
  });
});
