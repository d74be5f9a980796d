import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDisarm } from "../disarm/load";
import { seedRealCase } from "../seed/real-case";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { prepareExport } from "./build-export";
import { endExportPools } from "./read-session";
import { collect, tempFile } from "./testing/read-export";
import { validateWith } from "./testing/validators";

/** Outlets an item only mentions and the narratives items push are in the graph files, valid against the official schemas. */
describe(`graph exports with outlets and narratives (${process.env.SIGHTLINE_TEST_DB ?? "pglite"})`, () => {
  let database: TestDatabase;
  let narrativeId: string;
  let outletId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    await loadDisarm(database.prisma);
    await seedRealCase(database.prisma);
    const item = await database.prisma.item.findFirstOrThrow({ where: { campaigns: { some: { campaign: { slug: "matryoshka" }, status: "confirmed" } } } });
    const outlet = await database.prisma.organization.create({ data: { name: "Mentioned Outlet <&>", url: "https://outlet.example" } });
    await database.prisma.itemOrganization.create({ data: { itemId: item.id, organizationId: outlet.id, role: "mentioned" } });
    const narrative = await database.prisma.narrative.upsert({ where: { title: "Ukraine is to blame" }, create: { title: "Ukraine is to blame" }, update: {} });
    await database.prisma.itemNarrative.createMany({ data: [{ itemId: item.id, narrativeId: narrative.id }], skipDuplicates: true });
    narrativeId = narrative.id;
    outletId = outlet.id;
  }, 240_000);
  afterAll(async () => {
    await endExportPools();
    await database?.destroy();
  });

  it.each(["gexf", "graphml"] as const)("%s: narratives and mentioned outlets are nodes with their edges, and the file validates", async (format) => {
    const bytes = await collect(await prepareExport(database, { format, filter: { campaign: "matryoshka" } }));
    expect(validateWith(format, tempFile(`graph.${format}`, bytes))).toBe("");
    const xml = bytes.toString("utf8");
    expect(xml).toContain(`narrative:${narrativeId}`);
    expect(xml).toContain(`organization:${outletId}`);
    expect(xml).toContain("Mentioned Outlet &lt;&amp;&gt;");
    expect(xml).toMatch(/pushes:item:[0-9a-f-]+&gt;narrative:|pushes:item:[0-9a-f-]+>narrative:/);
    expect(xml).toMatch(/mentions:item:[0-9a-f-]+(&gt;|>)organization:/);
  });
});
