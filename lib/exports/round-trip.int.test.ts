import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDisarm } from "../disarm/load";
import { importFile } from "../imports/import-file";
import { seedRealCaseIfEmpty } from "../seed/prepare";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { prepareExport } from "./build-export";
import { endExportPools } from "./read-session";
import { collect, tempFile } from "./testing/read-export";

/** Columns that name rows of the database the file came from, not the content (ids are new after an import). */
const IDENTITY_COLUMNS = ["row_key", "item_id"];

/**
 * Ingest stores account handles without a leading "@" ("demo-news-clips"); the demo seed writes one of its accounts
 * with it ("@demo-news-clips"), so that handle comes back normalised. Compared without the "@".
 */
const normalise = (row: Record<string, string>) => ({ ...row, account_handle: row.account_handle.replace(/^@/, "") });

function contentKey(row: Record<string, string>): string {
  return JSON.stringify(Object.entries(normalise(row)).filter(([k]) => !IDENTITY_COLUMNS.includes(k)));
}

function contentRows(csv: Buffer): string[] {
  return (parse(csv, { columns: true }) as Record<string, string>[]).map(contentKey).sort();
}

/** For rows that did not come back: which columns changed (matched on where and when the sighting was seen). */
function differences(before: Buffer, after: Buffer, missing: string[]): string[] {
  const rows = (csv: Buffer) => parse(csv, { columns: true }) as Record<string, string>[];
  const key = (r: Record<string, string>) => `${r.sighting_url} @ ${r.observed_at}`;
  const later = new Map(rows(after).map((r) => [key(r), r]));
  return rows(before)
    .filter((r) => missing.includes(contentKey(r)))
    .map((r) => {
      const other = later.get(key(r));
      if (!other) return `${key(r)}: no row came back`;
      const changed = Object.keys(r).filter((k) => !IDENTITY_COLUMNS.includes(k) && r[k] !== other[k]);
      return `${key(r)}: ${changed.map((k) => `${k} ${JSON.stringify(r[k])} → ${JSON.stringify(other[k])}`).join("; ")}`;
    });
}

/**
 * observations.csv is written in the columns the bulk import maps on its own: exporting it, importing it into an
 * empty Sightline (with the same campaigns and the DISARM catalogue) and exporting again gives the same content.
 */
describe(`CSV export → bulk import round trip (${process.env.SIGHTLINE_TEST_DB ?? "pglite"})`, () => {
  let source: TestDatabase;
  let target: TestDatabase;
  beforeAll(async () => {
    source = await createTestDatabase();
    await seedRealCaseIfEmpty(source.prisma);
    target = await createTestDatabase();
    await loadDisarm(target.prisma);
    const campaigns = await source.prisma.campaign.findMany({ where: { deletedAt: null }, select: { slug: true, name: true } });
    await target.prisma.campaign.createMany({ data: campaigns });
  }, 240_000);
  afterAll(async () => {
    await endExportPools();
    await source?.destroy();
    await target?.destroy();
  });

  it("re-imports without a failed row and exports the same content again", async () => {
    const exported = await collect(await prepareExport(source, { format: "csv", filter: {}, table: "observations" }));
    const job = await importFile(target.prisma, tempFile("observations.csv", exported), { actor: { kind: "system" }, format: "csv" });
    expect(job.failed, JSON.stringify(job.failures ?? [])).toBe(0);
    const sightings = await source.prisma.sighting.count({ where: { deletedAt: null } });
    expect(job.doneRows).toBe(sightings);
    const again = await collect(await prepareExport(target, { format: "csv", filter: {}, table: "observations" }));
    const before = contentRows(exported);
    const after = contentRows(again);
    expect(after.length).toBe(before.length);
    const missing = before.filter((row) => !after.includes(row));
    expect(differences(exported, again, missing)).toEqual([]);
  });

  it("a STIX bundle re-imports through the STIX import without a failed object", async () => {
    const bundle = await collect(await prepareExport(source, { format: "stix", filter: {} }));
    const job = await importFile(target.prisma, tempFile("bundle.json", bundle), { actor: { kind: "system" }, format: "stix" });
    expect(job.failed, JSON.stringify(job.failures ?? [])).toBe(0);
    expect(job.created + job.merged).toBeGreaterThan(0);
  });
});
