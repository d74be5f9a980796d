/**
 * npx tsx --conditions=react-server bench/stix-roundtrip.ts [--file ../shared/data/real-train/euvsdisinfo-2015-2018/sightings.csv]
 *   [--mapping mapping.json] [--db postgres|pglite]
 *
 * The round-trip bar on a whole real file: import it with the app's importer as a user would (the mapping it guesses
 * from headers and values, unless --mapping names one), export STIX, check the bundle with the OASIS
 * validator, import it into an EMPTY database (DISARM only), and compare the CSV exports of the two databases apart
 * from ids (lib/exports/stix/compare-exports.ts says what is compared). Prints the differences per table; exit 1 if any.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    file: { type: "string", default: path.join(import.meta.dirname, "../../shared/data/real-train/euvsdisinfo-2015-2018/sightings.csv") },
    mapping: { type: "string" },
    db: { type: "string", default: "postgres" },
  },
});
if (values.db === "postgres") {
  process.env.SIGHTLINE_TEST_DB = "postgres";
  process.env.TEST_DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";
}
const dir = mkdtempSync(path.join(tmpdir(), "sightline-stix-roundtrip-"));
process.env.SIGHTLINE_DATA_DIR = dir;

async function main(): Promise<number> {
  // Imported after the environment is set: the database layer reads it when loaded.
  const { loadDisarm } = await import("../lib/disarm/load");
  const { importFile } = await import("../lib/imports/import-file");
  const { importMappingSchema } = await import("../lib/imports/mapping");
  const { createTestDatabase } = await import("../lib/testing/test-database");
  const { prepareExport } = await import("../lib/exports/build-export");
  const { endExportPools } = await import("../lib/exports/read-session");
  const { collect, tempFile, unzipFiles } = await import("../lib/exports/testing/read-export");
  const { validateWith } = await import("../lib/exports/testing/validators");
  const { compareExports } = await import("../lib/exports/stix/compare-exports");
  const actor = { kind: "system" } as const;
  const source = await createTestDatabase();
  const target = await createTestDatabase();
  try {
    await loadDisarm(source.prisma);
    await loadDisarm(target.prisma);
    const mapping = values.mapping ? importMappingSchema.parse(JSON.parse(readFileSync(values.mapping, "utf8"))) : undefined;
    let t = performance.now();
    const csvJob = await importFile(source.prisma, values.file, { actor, format: "csv", ...(mapping ? { mapping } : {}) });
    console.log(`CSV import of ${path.basename(path.dirname(values.file))}/${path.basename(values.file)} (${values.db}): ${csvJob.totalRows} rows, ${csvJob.created} created, ` +
      `${csvJob.merged} merged, ${csvJob.skipped} skipped, ${csvJob.failed} failed in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
    const bundle = tempFile("bundle.json", await collect(await prepareExport(source, { format: "stix", filter: {} })));
    const objects = (JSON.parse(readFileSync(bundle, "utf8")) as { objects: unknown[] }).objects.length;
    console.log(`STIX export: ${objects} objects in ${((performance.now() - t) / 1000).toFixed(1)} s; OASIS validator: ${validateWith("stix", bundle) || "VALID"}`);
    t = performance.now();
    const stixJob = await importFile(target.prisma, bundle, { actor, format: "stix" });
    console.log(`STIX import into an empty database: ${stixJob.totalRows} objects, ${stixJob.created} created, ${stixJob.merged} merged, ` +
      `${stixJob.skipped} skipped, ${stixJob.failed} failed in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    for (const f of stixJob.failures.slice(0, 5)) console.log(`  failed row ${f.row}: ${f.field} ${f.reason}`);
    const csv = async (db: typeof source) => unzipFiles(await collect(await prepareExport(db, { format: "csv", cells: "raw", filter: {} })));
    const before = await csv(source);
    const after = await csv(target);
    const differences = compareExports(before, after, 3);
    console.log("CSV exports compared apart from ids (per table: rows before → after, rows differing):");
    for (const name of [...before.keys()].filter((n) => n.endsWith(".csv") && n !== "codebook.csv").sort()) {
      const table = name.replace(/\.csv$/, "");
      const d = differences.find((x) => x.table === table);
      const rows = (b: Buffer | undefined) => Math.max(0, (b?.toString("utf8").split("\r\n").filter(Boolean).length ?? 1) - 1);
      console.log(`  ${table.padEnd(20)} ${String(rows(before.get(name))).padStart(7)} → ${String(rows(after.get(name))).padEnd(7)} ${d ? `${d.missing} missing, ${d.extra} extra` : "equal"}`);
      if (d) for (const [a, b] of d.onlyBefore.map((x, i) => [x, d.onlyAfter[i] ?? "(none)"])) console.log(`    before: ${a.slice(0, 400)}\n    after:  ${b.slice(0, 400)}`);
    }
    console.log(differences.length ? `ROUND TRIP: ${differences.length} tables differ` : "ROUND TRIP: equal apart from ids");
    return differences.length ? 1 : 0;
  } finally {
    await endExportPools();
    await source.destroy();
    await target.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
