import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDisarm } from "../disarm/load";
import { refreshDerivedColumns } from "../sightings/derived";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { seedRealCaseIfEmpty } from "./prepare";
import { seedRealCase } from "./real-case";
import { countSeededRows, countStaleDerivedColumns } from "./table-counts";

describe("real case seed", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    // The start-up path: DISARM and the real case into an empty database.
    await seedRealCaseIfEmpty(database.prisma);
  });
  afterAll(async () => database?.destroy());

  it("seeds Matryoshka with its aliases, actor, techniques and a related campaign", async () => {
    const campaign = await database.prisma.campaign.findUniqueOrThrow({
      where: { slug: "matryoshka" },
      include: { threatActor: true, techniques: true, sources: true },
    });
    expect(campaign.aliases).toEqual(expect.arrayContaining(["Operation Overload", "Storm-1679"]));
    expect(campaign.originCountry).toBe("RU");
    expect(campaign.targetCountries).toEqual(expect.arrayContaining(["FR", "DE", "PL", "UA", "GB", "MD"]));
    expect(campaign.threatActor).not.toBeNull();
    expect(campaign.techniques.map((t) => t.techniqueId)).toContain("T0087.001");
    expect(campaign.sources.length).toBeGreaterThan(0);
    expect(campaign.firstSeenAt).not.toBeNull();
    expect(await database.prisma.campaign.count()).toBeGreaterThanOrEqual(2);
    expect(await database.prisma.user.count()).toBe(4);
  });

  it("has the deepfake impersonating Alan Read and targeting Macron", async () => {
    const item = await database.prisma.item.findFirstOrThrow({
      where: { persons: { some: { role: "impersonated", person: { name: "Alan Read" } } }, kind: "video" },
      include: { persons: { include: { person: { include: { affiliation: true } } } }, campaigns: true },
    });
    expect(item.manipulations).toEqual(expect.arrayContaining(["face_swap", "voice_clone"]));
    const targeted = item.persons.filter((p) => p.role === "targeted").map((p) => p.person.name);
    expect(targeted).toContain("Emmanuel Macron");
    const read = item.persons.find((p) => p.person.name === "Alan Read");
    expect(read?.person.affiliation?.name).toBe("King's College London");
    expect(item.campaigns[0]).toMatchObject({ status: "confirmed" });
  });

  it("annotates the Polish items with a Russian syntax calque quoted from their text", async () => {
    const items = await database.prisma.item.findMany({
      where: { languages: { has: "pl" } },
      include: { annotations: { include: { marker: true } } },
    });
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const item of items) {
      const calques = item.annotations.filter((a) => a.marker.name === "Russian syntax calque");
      expect(calques.length).toBeGreaterThan(0);
      for (const a of calques) {
        expect(item.text).toContain(a.quote);
        expect(item.text!.slice(a.startOffset!, a.endOffset!)).toBe(a.quote);
      }
    }
  });

  it("spreads sightings over platforms, countries and months, with derived columns in step", async () => {
    const { prisma } = database;
    expect(await prisma.item.count()).toBeGreaterThanOrEqual(12);
    const sightings = await prisma.sighting.findMany({ select: { platform: true, audienceCountry: true, observedAt: true } });
    expect(sightings.length).toBeGreaterThanOrEqual(60);
    expect(new Set(sightings.map((s) => s.platform)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(sightings.map((s) => s.observedAt.toISOString().slice(0, 7))).size).toBeGreaterThanOrEqual(6);
    expect(await countStaleDerivedColumns(prisma)).toBe(0);
    const suggested = await prisma.itemCampaign.count({ where: { status: "suggested" } });
    expect(suggested).toBeGreaterThanOrEqual(1);
  });

  it("is idempotent: seeding again (and start-up) changes no row count", async () => {
    const before = await countSeededRows(database.prisma);
    await loadDisarm(database.prisma);
    const again = await seedRealCase(database.prisma);
    await seedRealCaseIfEmpty(database.prisma);
    expect(again.auditEvents).toBe(0);
    expect(await countSeededRows(database.prisma)).toEqual(before);
  });

  it("refreshDerivedColumns follows a deleted sighting, scoped to its item", async () => {
    const { prisma } = database;
    const item = await prisma.item.findFirstOrThrow({ where: { sightingCount: { gt: 1 } } });
    const last = await prisma.sighting.findFirstOrThrow({ where: { itemId: item.id }, orderBy: { observedAt: "desc" } });
    await prisma.sighting.update({ where: { id: last.id }, data: { deletedAt: new Date() } });
    const result = await refreshDerivedColumns(prisma, { itemIds: [item.id] });
    expect(result.items).toBe(1);
    const updated = await prisma.item.findUniqueOrThrow({ where: { id: item.id } });
    expect(updated.sightingCount).toBe(item.sightingCount - 1);
    expect(updated.version).toBe(item.version);
    expect(await countStaleDerivedColumns(prisma)).toBe(0);
    expect(await refreshDerivedColumns(prisma)).toEqual({ items: 0, campaigns: 0 });
  });
});
