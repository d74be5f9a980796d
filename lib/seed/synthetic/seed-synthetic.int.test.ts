import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDisarm } from "../../disarm/load";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database";
import { countSeededRows, countStaleDerivedColumns } from "../table-counts";
import { syntheticGroundTruth } from "./ground-truth";
import { seedSynthetic } from "./seed-synthetic";

const N = 500;
const SEED = 42;

describe("synthetic seed", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await loadDisarm(database.prisma);
  });
  afterAll(async () => database?.destroy());

  it("stores exactly the ground truth's items and confirmed links", async () => {
    const { prisma } = database;
    const result = await seedSynthetic(prisma, { items: N, seed: SEED, batchSize: 200 });
    expect(result.items).toBe(N);
    const truth = syntheticGroundTruth(N, SEED);
    const rows = await prisma.item.findMany({ select: { id: true, canonicalUrl: true }, orderBy: { canonicalUrl: "asc" } });
    expect(rows.map((r) => r.canonicalUrl)).toEqual(truth.items.map((i) => i.canonicalUrl).sort());
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(truth.items.map((i) => i.id)));

    const links = await prisma.itemCampaign.findMany({ include: { campaign: { select: { slug: true } } } });
    const expected = new Map(truth.items.filter((i) => i.linked).map((i) => [i.id, i.campaignSlug]));
    expect(links).toHaveLength(expected.size);
    for (const link of links) expect(link.campaign.slug).toBe(expected.get(link.itemId));
    expect(await prisma.sighting.count()).toBe(result.sightings);
    expect(await countStaleDerivedColumns(prisma)).toBe(0);
    const campaigns = await prisma.campaign.findMany({ where: { slug: { startsWith: "syn-" } } });
    expect(campaigns).toHaveLength(4);
    expect(campaigns.every((c) => c.firstSeenAt && c.lastSeenAt)).toBe(true);
    // The full-text trigger fired for bulk inserts too.
    const [{ n }] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM items WHERE search_vector IS NULL`;
    expect(n).toBe(0);
  });

  it("is idempotent and deterministic: the same (n, seed) again creates nothing", async () => {
    const before = await countSeededRows(database.prisma);
    const again = await seedSynthetic(database.prisma, { items: N, seed: SEED, batchSize: 200 });
    expect(again).toMatchObject({ items: 0, sightings: 0, rows: 0 });
    expect(await countSeededRows(database.prisma)).toEqual(before);
  });
});
