import { refreshDerivedColumns } from "../sightings/derived";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { getOverviewStats } from "./get-overview-stats";
import { getRecentItems } from "./get-recent-items";
import { getSightingsTimeline } from "./get-sightings-timeline";
import { getTopCampaigns } from "./get-top-campaigns";

describe(`overview queries (${process.env.SIGHTLINE_TEST_DB ?? "pglite"})`, () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  }, 120_000);
  afterAll(async () => database?.destroy());

  it("report zeros and an empty timeline on an empty database", async () => {
    expect(await getOverviewStats(database.prisma)).toEqual({ items: 0, sightings: 0, campaigns: 0, countries: 0, languages: 0 });
    expect(await getSightingsTimeline(database.prisma)).toMatchObject({ from: null, to: null, days: [] });
    expect(await getTopCampaigns(database.prisma)).toEqual([]);
    expect(await getRecentItems(database.prisma)).toEqual([]);
  });

  it("count items, sightings, campaigns, countries reached and languages on a fixture", async () => {
    const p = database.prisma;
    const campaign = await p.campaign.create({ data: { slug: "matryoshka", name: "Matryoshka", targetCountries: ["UA"] } });
    const other = await p.campaign.create({ data: { slug: "storm-1516", name: "Storm-1516" } });
    await p.campaign.create({ data: { slug: "gone", name: "Gone", deletedAt: new Date() } });
    const a = await p.item.create({ data: { kind: "video", title: "A", languages: ["en"], targetCountries: ["FR", "GB"], firstSeenAt: new Date("2025-01-10T00:00:00Z") } });
    const b = await p.item.create({ data: { kind: "video", title: "B", languages: ["pl"], targetCountries: ["PL"], firstSeenAt: new Date("2025-03-01T00:00:00Z") } });
    await p.item.create({ data: { kind: "post", title: "C", languages: ["pl"] } });
    await p.item.create({ data: { kind: "post", title: "deleted", languages: ["ru"], targetCountries: ["RU"], deletedAt: new Date() } });
    await p.itemCampaign.createMany({
      data: [
        { itemId: a.id, campaignId: campaign.id, status: "confirmed" },
        { itemId: b.id, campaignId: campaign.id, status: "confirmed" },
        { itemId: b.id, campaignId: other.id, status: "suggested" },
      ],
    });
    const at = (d: string) => new Date(`${d}T10:00:00Z`);
    await p.sighting.createMany({
      data: [
        { itemId: a.id, observedAt: at("2025-01-10"), audienceCountry: "FR" },
        { itemId: a.id, observedAt: at("2025-01-10"), audienceCountry: "BE" },
        { itemId: a.id, observedAt: at("2025-02-20"), audienceCountry: "BE" },
        { itemId: b.id, observedAt: at("2025-03-01"), audienceCountry: null },
        { itemId: b.id, observedAt: at("2025-03-02"), audienceCountry: "DE", deletedAt: new Date() },
      ],
    });
    // The counts lists and the Overview read are derived from the rows above, as every write path does.
    await refreshDerivedColumns(p);

    // countries: FR, BE (audience) ∪ FR, GB, PL (items) ∪ UA (campaigns) = 5; languages: en, pl
    expect(await getOverviewStats(p)).toEqual({ items: 3, sightings: 4, campaigns: 2, countries: 5, languages: 2 });

    const timeline = await getSightingsTimeline(p, new Date("2025-12-31T00:00:00Z"));
    expect(timeline).toMatchObject({ from: "2024-12-02", to: "2025-03-01", anchoredToNewest: true });
    expect(timeline.days).toEqual([
      { day: "2025-01-10", sightings: 2 },
      { day: "2025-02-20", sightings: 1 },
      { day: "2025-03-01", sightings: 1 },
    ]);
    const recent = await getSightingsTimeline(p, new Date("2025-03-15T00:00:00Z"));
    expect(recent).toMatchObject({ to: "2025-03-15", anchoredToNewest: false });

    const top = await getTopCampaigns(p);
    expect(top.map((c) => [c.slug, c.items, c.sightings])).toEqual([["matryoshka", 2, 4]]);

    expect((await getRecentItems(p)).map((i) => i.title)).toEqual(["B", "A"]);
  });
});
