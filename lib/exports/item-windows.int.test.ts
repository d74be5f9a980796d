import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedRealCaseIfEmpty } from "../seed/prepare";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { CSV_TABLES, csvTableFile } from "./csv-export";
import type { ExportFile } from "./export-file";
import { jsonlFile } from "./jsonl-export";
import { endExportPools, openReadSession, type ReadSession } from "./read-session";
import { stixFile } from "./stix/stix-export";

const NOW = new Date("2026-01-15T12:00:00.000Z");

async function content(file: ExportFile): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of file.content()) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Where cursors hold their whole result (PGlite), per-item exports read the subset slice by slice of items. Read in
 * slices of 3 items, every per-item file must be byte for byte the file read whole.
 */
describe(`exports read in slices of items (${process.env.SIGHTLINE_TEST_DB ?? "pglite"})`, () => {
  let database: TestDatabase;
  let session: ReadSession;
  let whole: ReadSession;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedRealCaseIfEmpty(database.prisma);
    session = { ...(await openReadSession(database)), materialises: true };
    whole = { ...session, materialises: false, copyCsv: () => null, pageRanges: async () => null, copyCsvParts: () => null };
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    await endExportPools();
    await database?.destroy();
  });

  it("gives the same CSV files, table by table", async () => {
    const perItem = CSV_TABLES.filter((t) => t.perItem);
    expect(perItem.map((t) => t.name)).toEqual(expect.arrayContaining(["items", "sightings", "item_campaigns", "observations"]));
    for (const table of perItem) {
      const sliced = await content(csvTableFile({ ...whole, materialises: true }, table, {}, undefined, { windowItems: 3 }));
      expect(sliced.split("\r\n").length, table.name).toBeGreaterThan(2);
      expect(sliced, table.name).toBe(await content(csvTableFile(whole, table, {})));
    }
  });

  it("gives the same JSONL and STIX bundle (a shared file's observable still written once)", async () => {
    // The first and the last item share one file: they fall in different slices.
    const [first, last] = await Promise.all(["asc", "desc"].map((order) =>
      database.prisma.item.findFirstOrThrow({ where: { deletedAt: null, originalUrl: { not: null } }, orderBy: { id: order as "asc" | "desc" } })));
    await database.prisma.item.updateMany({ where: { id: { in: [first.id, last.id] } }, data: { fileSha256: "ab".repeat(32) } });
    const sliced = { ...whole, materialises: true };
    expect(await content(jsonlFile(sliced, {}, undefined, 3))).toBe(await content(jsonlFile(whole, {})));
    const bundle = await content(stixFile(sliced, {}, { now: NOW, windowItems: 3 }));
    expect(bundle).toBe(await content(stixFile(whole, {}, { now: NOW })));
    const ids = (JSON.parse(bundle) as { objects: { id: string }[] }).objects.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("a filtered subset too", async () => {
    const filter = { campaign: "matryoshka" };
    const items = CSV_TABLES.find((t) => t.name === "items")!;
    const sliced = await content(csvTableFile({ ...whole, materialises: true }, items, filter, undefined, { windowItems: 2 }));
    expect(sliced).toBe(await content(csvTableFile(whole, items, filter)));
  });
});
