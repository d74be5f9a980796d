import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshDerivedColumns } from "../sightings/derived";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { cachedQuery } from "./cached-query";
import { getCountries } from "./get-countries";
import { getFirstSeen } from "./get-first-seen";
import { getLanguages } from "./get-languages";
import { getMarkerFrequencies } from "./get-marker-frequencies";
import { getSpread } from "./get-spread";
import { getTimeToDebunk } from "./get-time-to-debunk";
import { getVerdictMix } from "./get-verdict-mix";

/**
 * A small known fixture: campaign "alpha" with items A (en, targets FR+DE, false) and B (pl, targets PL, synthetic),
 * item C (pl, no campaign, satire), and a deleted item D that must never count.
 */
describe(`analytics queries (${process.env.SIGHTLINE_TEST_DB ?? "pglite"})`, () => {
  let database: TestDatabase;
  const at = (iso: string) => new Date(iso);

  beforeAll(async () => {
    database = await createTestDatabase();
    const p = database.prisma;
    const alpha = await p.campaign.create({ data: { slug: "alpha", name: "Alpha" } });
    const a = await p.item.create({ data: { kind: "video", title: "A", languages: ["en"], platform: "x", verdict: "false", targetCountries: ["FR", "DE"] } });
    const b = await p.item.create({ data: { kind: "video", title: "B", languages: ["pl"], platform: "tiktok", verdict: "synthetic", targetCountries: ["PL"] } });
    const c = await p.item.create({ data: { kind: "post", title: "C", languages: ["pl"], platform: "x", verdict: "satire", targetCountries: ["PL"] } });
    const d = await p.item.create({ data: { kind: "post", title: "D", languages: ["ru"], verdict: "false", targetCountries: ["RU"], deletedAt: new Date() } });
    await p.itemCampaign.createMany({
      data: [
        { itemId: a.id, campaignId: alpha.id, status: "confirmed" },
        { itemId: b.id, campaignId: alpha.id, status: "confirmed" },
        { itemId: c.id, campaignId: alpha.id, status: "rejected" },
      ],
    });
    await p.sighting.createMany({
      data: [
        { itemId: a.id, platform: "x", observedAt: at("2025-01-06T10:00:00Z"), audienceCountry: "FR", views: 100n, shares: 10n, reactions: 5n },
        { itemId: a.id, platform: "telegram", observedAt: at("2025-01-08T10:00:00Z"), audienceCountry: "DE", views: 50n },
        { itemId: a.id, platform: "x", observedAt: at("2025-01-20T10:00:00Z"), audienceCountry: "FR" },
        { itemId: b.id, platform: "tiktok", observedAt: at("2025-01-07T00:00:00Z"), audienceCountry: "PL", views: 1000n },
        { itemId: b.id, platform: "x", observedAt: at("2025-01-07T12:00:00Z"), audienceCountry: "PL" },
        { itemId: c.id, platform: "x", observedAt: at("2025-02-03T09:00:00Z"), audienceCountry: "PL" },
        { itemId: c.id, platform: "x", observedAt: at("2025-02-04T09:00:00Z"), audienceCountry: null, deletedAt: new Date() },
        { itemId: d.id, platform: "x", observedAt: at("2025-01-06T09:00:00Z"), audienceCountry: "RU", views: 9999n },
      ],
    });
    await refreshDerivedColumns(p);
    // A's verdict was recorded when it was logged, 30 h after its first sighting; B has a dated fact-check 2 h after.
    await p.auditEvent.create({ data: { action: "create", entityType: "item", entityId: a.id, at: at("2025-01-07T16:00:00Z"), after: { verdict: "false" } } });
    await p.auditEvent.create({ data: { action: "update", entityType: "item", entityId: a.id, at: at("2025-01-09T00:00:00Z"), after: { verdict: "misleading" } } });
    const check = await p.source.create({ data: { title: "Fact check of B", kind: "fact_check", publishedAt: at("2025-01-07T02:00:00Z") } });
    await p.itemSource.create({ data: { itemId: b.id, sourceId: check.id } });
    const marker = await p.languageMarker.create({ data: { slug: "calque", name: "Calque" } });
    await p.markerAnnotation.createMany({
      data: [
        { itemId: b.id, markerId: marker.id, quote: "q1" },
        { itemId: b.id, markerId: marker.id, quote: "q2" },
        { itemId: a.id, markerId: marker.id, quote: "q3" },
        { itemId: a.id, markerId: marker.id, quote: "gone", deletedAt: new Date() },
      ],
    });
  }, 120_000);
  afterAll(async () => database?.destroy());

  it("spread: sightings and reach per week by platform, deleted rows left out", async () => {
    const { rows } = await getSpread({ interval: "week", stack: "platform" }, database.prisma);
    expect(rows.map((r) => [r.bucket, r.key, r.sightings, r.views])).toEqual([
      ["2025-01-06", "telegram", 1, 50],
      ["2025-01-06", "tiktok", 1, 1000],
      ["2025-01-06", "x", 2, 100],
      ["2025-01-20", "x", 1, 0],
      ["2025-02-03", "x", 1, 0],
    ]);
  });

  it("spread: by campaign, filtered by target country and dates", async () => {
    const byCampaign = await getSpread({ interval: "month", stack: "campaign" }, database.prisma);
    expect(byCampaign.rows.map((r) => [r.bucket, r.key, r.label, r.sightings])).toEqual([
      ["2025-01-01", "alpha", "Alpha", 5],
      ["2025-02-01", "", "", 1],
    ]);
    const pl = await getSpread({ interval: "day", stack: "platform", country: "PL", to: "2025-01-31" }, database.prisma);
    expect(pl.rows.map((r) => [r.bucket, r.key, r.sightings])).toEqual([["2025-01-07", "tiktok", 1], ["2025-01-07", "x", 1]]);
  });

  it("first seen: where each item surfaced and the lag to the next platforms", async () => {
    const { total, items } = await getFirstSeen({ campaign: "alpha" }, database.prisma);
    expect(total).toBe(2);
    expect(items.map((i) => [i.title, i.platforms.map((p) => [p.platform, p.country, p.lagHours])])).toEqual([
      ["A", [["x", "FR", 0], ["telegram", "DE", 48]]],
      ["B", [["tiktok", "PL", 0], ["x", "PL", 12]]],
    ]);
    const ranged = await getFirstSeen({ from: "2025-01-08" }, database.prisma);
    expect(ranged.items.map((i) => [i.title, i.platforms[0].platform, i.platforms[0].at])).toEqual([
      ["A", "telegram", "2025-01-08T10:00:00.000Z"],
      ["C", "x", "2025-02-03T09:00:00.000Z"],
    ]);
  });

  it("countries: target versus origin versus audience", async () => {
    const { countries } = await getCountries({}, database.prisma);
    expect(countries).toEqual([
      { country: "PL", targetItems: 2, originItems: 2, sightings: 3 },
      { country: "FR", targetItems: 1, originItems: 1, sightings: 2 },
      { country: "DE", targetItems: 1, originItems: 0, sightings: 1 },
    ]);
  });

  it("languages, verdicts and markers", async () => {
    expect((await getLanguages({}, database.prisma)).languages).toEqual([
      { language: "pl", items: 2, sightings: 3 },
      { language: "en", items: 1, sightings: 3 },
    ]);
    const verdicts = (await getVerdictMix({ campaign: "alpha" }, database.prisma)).verdicts;
    expect(verdicts.filter((v) => v.items > 0)).toEqual([{ verdict: "false", items: 1 }, { verdict: "synthetic", items: 1 }]);
    expect(verdicts).toHaveLength(8);
    const { rows } = await getMarkerFrequencies({ interval: "month" }, database.prisma);
    expect(rows).toEqual([
      { slug: "calque", name: "Calque", language: "en", bucket: "2025-01-01", annotations: 1, items: 1 },
      { slug: "calque", name: "Calque", language: "pl", bucket: "2025-01-01", annotations: 2, items: 1 },
    ]);
  });

  it("date ranges: items seen in the range, their sightings and first sighting in it", async () => {
    expect((await getCountries({ from: "2025-01-08" }, database.prisma)).countries).toEqual([
      { country: "DE", targetItems: 1, originItems: 1, sightings: 1 },
      { country: "FR", targetItems: 1, originItems: 0, sightings: 1 },
      { country: "PL", targetItems: 1, originItems: 1, sightings: 1 },
    ]);
    expect((await getLanguages({ from: "2025-01-08" }, database.prisma)).languages).toEqual([
      { language: "en", items: 1, sightings: 2 },
      { language: "pl", items: 1, sightings: 1 },
    ]);
    expect((await getLanguages({ to: "2025-01-07" }, database.prisma)).languages).toEqual([
      { language: "en", items: 1, sightings: 1 },
      { language: "pl", items: 1, sightings: 2 },
    ]);
    const early = await getFirstSeen({ to: "2025-01-07" }, database.prisma);
    expect([early.total, early.items.map((i) => [i.title, i.platforms.map((p) => p.platform)])]).toEqual([
      2,
      [["A", ["x"]], ["B", ["tiktok", "x"]]],
    ]);
    // The lag is from the item's first sighting ever, not its first in the range.
    expect(await getTimeToDebunk({ from: "2025-01-08" }, database.prisma)).toEqual({ items: 1, timed: 1, untimed: 0, medianHours: 30, bins: [0, 0, 0, 1, 0, 0, 0] });
    expect((await getVerdictMix({ from: "2025-01-08", to: "2025-01-31" }, database.prisma)).verdicts.filter((v) => v.items > 0)).toEqual([
      { verdict: "false", items: 1 },
    ]);
  });

  it("time to debunk: the earliest audited verdict or dated fact-check, from the first sighting", async () => {
    expect(await getTimeToDebunk({}, database.prisma)).toEqual({ items: 2, timed: 2, untimed: 0, medianHours: 16, bins: [0, 1, 0, 1, 0, 0, 0] });
    expect(await getTimeToDebunk({ verdict: "satire" }, database.prisma)).toEqual({ items: 0, timed: 0, untimed: 0, medianHours: null, bins: [0, 0, 0, 0, 0, 0, 0] });
  });

  it("refuses nothing silently: an unknown campaign gives empty results, not errors", async () => {
    expect((await getSpread({ interval: "week", stack: "platform", campaign: "nope" }, database.prisma)).rows).toEqual([]);
    expect(await getFirstSeen({ campaign: "nope" }, database.prisma)).toMatchObject({ total: 0, items: [] });
  });

  it("reuses a cached result until the next audited write", async () => {
    let runs = 0;
    const run = async () => ++runs;
    expect(await cachedQuery(database.prisma, "t", {}, run)).toBe(1);
    expect(await cachedQuery(database.prisma, "t", {}, run)).toBe(1);
    await database.prisma.auditEvent.create({ data: { action: "update", entityType: "item", entityId: "x" } });
    expect(await cachedQuery(database.prisma, "t", {}, run)).toBe(2);
  });
});
