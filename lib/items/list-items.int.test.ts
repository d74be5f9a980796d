import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { getItem } from "./get-item";
import { listItems } from "./list-items";
import { listItemsQuerySchema, type ListItemsQuery } from "./schemas";

const day = (d: string) => new Date(`${d}T12:00:00Z`);

describe(`items list query (${process.env.SIGHTLINE_TEST_DB ?? "pglite"})`, () => {
  let database: TestDatabase;
  const ids: Record<string, string> = {};
  const list = (query: ListItemsQuery = {}) => listItems(listItemsQuerySchema.parse(query), database.prisma);
  const titles = async (query: ListItemsQuery = {}) => (await list(query)).items.map((i) => i.title);

  beforeAll(async () => {
    database = await createTestDatabase();
    const p = database.prisma;
    const matryoshka = await p.campaign.create({ data: { slug: "matryoshka", name: "Matryoshka" } });
    const doppelganger = await p.campaign.create({ data: { slug: "doppelganger", name: "Doppelganger" } });
    const rows = [
      { key: "read", kind: "video", title: "Deepfake professor insults Macron", platform: "x", languages: ["en"], verdict: "synthetic", targetCountries: ["FR", "GB"], canonicalUrl: "https://x.com/a/status/1", first: "2025-02-01", count: 40 },
      { key: "polexit", kind: "video", title: "Polacy, obudźcie się", text: "Na dzień dzisiejszy płacimy za cudzą wojnę", platform: "tiktok", languages: ["pl"], verdict: "synthetic", targetCountries: ["PL"], canonicalUrl: "https://www.tiktok.com/@p/video/2", first: "2024-05-20", count: 10 },
      { key: "spiegel", kind: "article", title: "Cloned Spiegel article on sanctions", platform: "web", languages: ["de"], verdict: "false", targetCountries: ["DE"], canonicalUrl: "https://spiegel.ltd/sanktionen", first: "2023-09-01", count: 5 },
      { key: "email", kind: "email", title: "Please check this video", platform: null, languages: ["en"], verdict: "misleading", targetCountries: ["FR", "DE"], canonicalUrl: null, first: "2025-03-01", count: 2 },
      { key: "deleted", kind: "post", title: "Deleted post about Macron", platform: "x", languages: ["en"], verdict: "false", targetCountries: ["FR"], canonicalUrl: null, first: "2025-03-05", count: 1, deleted: true },
    ] as const;
    for (const r of rows) {
      const item = await p.item.create({
        data: {
          kind: r.kind,
          title: r.title,
          text: "text" in r ? r.text : null,
          platform: r.platform,
          languages: [...r.languages],
          verdict: r.verdict,
          targetCountries: [...r.targetCountries],
          canonicalUrl: r.canonicalUrl,
          firstSeenAt: day(r.first),
          lastSeenAt: day(r.first),
          sightingCount: r.count,
          deletedAt: "deleted" in r ? new Date() : null,
        },
      });
      ids[r.key] = item.id;
    }
    await p.itemCampaign.createMany({
      data: [
        { itemId: ids.read, campaignId: matryoshka.id, status: "confirmed", confidence: 0.9 },
        { itemId: ids.polexit, campaignId: matryoshka.id, status: "suggested", confidence: 0.6 },
        { itemId: ids.spiegel, campaignId: doppelganger.id, status: "confirmed" },
        { itemId: ids.email, campaignId: doppelganger.id, status: "rejected" },
      ],
    });
  }, 120_000);
  afterAll(async () => database?.destroy());

  it("lists live items, newest first seen first, with an exact total and their campaigns", async () => {
    const result = await list();
    expect(result.total).toBe(4);
    expect(result.totalIsLowerBound).toBe(false);
    expect(result.items.map((i) => i.title)).toEqual([
      "Please check this video",
      "Deepfake professor insults Macron",
      "Polacy, obudźcie się",
      "Cloned Spiegel article on sanctions",
    ]);
    const read = result.items[1];
    expect(read).toMatchObject({ kind: "video", platform: "x", languages: ["en"], verdict: "synthetic", sightingCount: 40 });
    expect(read.targetCountries).toEqual(["FR", "GB"]);
    expect(read.firstSeenAt).toBe("2025-02-01T12:00:00.000Z");
    expect(read.campaigns).toEqual([{ slug: "matryoshka", name: "Matryoshka", status: "confirmed" }]);
    // rejected links are not shown
    expect(result.items[0].campaigns).toEqual([]);
  });

  it("sorts by each column in both directions", async () => {
    expect(await titles({ sort: "sightings", dir: "desc" })).toEqual([
      "Deepfake professor insults Macron",
      "Polacy, obudźcie się",
      "Cloned Spiegel article on sanctions",
      "Please check this video",
    ]);
    expect((await titles({ sort: "title", dir: "asc" }))[0]).toBe("Cloned Spiegel article on sanctions");
    expect((await titles({ sort: "first_seen", dir: "asc" }))[0]).toBe("Cloned Spiegel article on sanctions");
    expect(await titles({ sort: "created", dir: "desc" })).toHaveLength(4);
  });

  it("filters by kind, verdict, platform, language, target country and campaign", async () => {
    expect(await titles({ kind: "article" })).toEqual(["Cloned Spiegel article on sanctions"]);
    expect(await titles({ verdict: "synthetic", sort: "title", dir: "asc" })).toEqual([
      "Deepfake professor insults Macron",
      "Polacy, obudźcie się",
    ]);
    expect(await titles({ platform: "tiktok" })).toEqual(["Polacy, obudźcie się"]);
    expect(await titles({ language: "de" })).toEqual(["Cloned Spiegel article on sanctions"]);
    expect(await titles({ country: "fr", sort: "title", dir: "asc" })).toEqual([
      "Deepfake professor insults Macron",
      "Please check this video",
    ]);
    expect(await titles({ campaign: "matryoshka", sort: "title", dir: "asc" })).toEqual([
      "Deepfake professor insults Macron",
      "Polacy, obudźcie się",
    ]);
    expect(await titles({ campaign: "doppelganger" })).toEqual(["Cloned Spiegel article on sanctions"]);
    expect(await titles({ verdict: "synthetic", country: "PL" })).toEqual(["Polacy, obudźcie się"]);
    const none = await list({ kind: "audio" });
    expect(none).toMatchObject({ items: [], total: 0, totalIsLowerBound: false });
  });

  it("searches title and text by words, and title or URL by substring", async () => {
    expect(await titles({ q: "macron" })).toEqual(["Deepfake professor insults Macron"]);
    expect(await titles({ q: "płacimy wojnę" })).toEqual(["Polacy, obudźcie się"]);
    expect(await titles({ q: "spiegel.ltd" })).toEqual(["Cloned Spiegel article on sanctions"]);
    expect(await titles({ q: "insul" })).toEqual(["Deepfake professor insults Macron"]);
    // LIKE wildcards in the query are literal characters
    expect(await titles({ q: "%" })).toEqual([]);
    expect(await titles({ q: '"unbalanced' })).toEqual([]);
  });

  it("pages with a stable order", async () => {
    const page1 = await list({ sort: "sightings", pageSize: "25", page: "1" });
    expect(page1.items).toHaveLength(4);
    const page2 = await list({ sort: "sightings", page: "2" });
    expect(page2).toMatchObject({ items: [], page: 2, total: 4 });
  });

  it("loads an item with its links, and nothing for a deleted or unknown id", async () => {
    const item = await getItem(ids.read, database.prisma);
    expect(item).toMatchObject({ title: "Deepfake professor insults Macron", sightingTotal: 0 });
    expect(item?.campaigns.map((c) => [c.slug, c.status])).toEqual([["matryoshka", "confirmed"]]);
    expect(await getItem(ids.deleted, database.prisma)).toBeNull();
    expect(await getItem("00000000-0000-4000-8000-000000000000", database.prisma)).toBeNull();
  });
});
