/**
 * npx tsx --conditions=react-server bench/real-import.ts [--dir ../shared/data/real-train]
 * Imports every data file of the real-train folder UNTOUCHED, as a user would: the mapping the app guesses from
 * its headers and values, plus only the constants its dry run asks for (listed below, each checked against the
 * dry run's asks), through the app's own import code (importFile: upload, job, worker batches) into a fresh
 * database — in-memory PGlite, and PostgreSQL too when TEST_DATABASE_URL is set. Per file and database it prints
 * rows, created, merged, skipped (reported twins), failed, silently skipped (rows not accounted for: must be 0),
 * values kept as written by column, columns not imported, and the time. Bar: ≥ 99 % of rows created or merged,
 * 0 silently skipped, every column not imported named in the report. Exit 1 when a file misses the bar.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadDisarm } from "../lib/disarm/load";
import { dryRunFile, importFile } from "../lib/imports/import-file";
import { createTestDatabase } from "../lib/testing/test-database";

const { values } = parseArgs({ options: { dir: { type: "string", default: path.resolve(import.meta.dirname, "../../shared/data/real-train") } } });
/** Ground-truth files: scores for clustering, not data a user imports. */
const NOT_DATA = new Set(["truth.csv"]);
/** Constants a person adds when the dry run asks (the tweets name accounts but no platform: they are on X). */
const ANSWERS: Record<string, Record<string, string>> = { "ira_tweets_train.csv": { "item.platform": "x" } };
const ASKED_BY: Record<string, RegExp> = { "item.platform": /--set platform=/, "sighting.observedAt": /--set observedAt=/ };

const files = (function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : /\.(csv|jsonl?)$/i.test(name) && !NOT_DATA.has(name) ? [full] : [];
  });
})(values.dir!);

const dataDir = mkdtempSync(path.join(tmpdir(), "sightline-real-import-"));
process.env.SIGHTLINE_DATA_DIR = dataDir;
const kinds = ["pglite", ...(process.env.TEST_DATABASE_URL ? ["postgres"] : [])];
let missed = 0;

for (const file of files) {
  const name = path.basename(file);
  const dry = await dryRunFile(file, {});
  const constants = ANSWERS[name] ?? {};
  for (const field of Object.keys(constants)) {
    if (!dry.dryRun.asks.some((a) => ASKED_BY[field]?.test(a.flag ?? ""))) throw new Error(`${name}: the dry run did not ask for ${field}; the bench may not add it`);
  }
  console.log(`\n${path.relative(values.dir!, file)} — dry run asks: ${dry.dryRun.asks.map((a) => a.flag).join(", ") || "nothing"}; constants given: ${JSON.stringify(constants)}`);
  for (const kind of kinds) {
    process.env.SIGHTLINE_TEST_DB = kind;
    const database = await createTestDatabase();
    await loadDisarm(database.prisma);
    const t0 = performance.now();
    const job = await importFile(database.prisma, file, { actor: { kind: "system" }, constants });
    const seconds = (performance.now() - t0) / 1000;
    const unmappedInMapping = Object.entries(dry.mapping.columns).filter(([, t]) => !t).map(([c]) => c);
    const silent = job.totalRows - (job.created + job.merged + job.skipped + job.failed);
    const share = (job.created + job.merged) / job.totalRows;
    const unreported = unmappedInMapping.filter((c) => !job.unmappedColumns.includes(c));
    const kept = job.keptRawByColumn ?? [];
    const ok = share >= 0.99 && silent === 0 && unreported.length === 0;
    if (!ok) missed++;
    console.log(
      `  ${kind.padEnd(8)} rows ${job.totalRows} · created ${job.created} · merged ${job.merged} · skipped ${job.skipped} (reported) · failed ${job.failed}` +
        ` · silently skipped ${silent} · ${(share * 100).toFixed(2)} % created or merged · ${seconds.toFixed(1)} s · ${ok ? "bar met" : "BAR MISSED"}`,
    );
    console.log(`    kept as written: ${kept.reduce((n, c) => n + c.count, 0)} values — ${kept.map((c) => `${c.column} ${c.count} (${(job.keptRaw ?? []).filter((k) => k.column === c.column).slice(0, 3).map((k) => `${JSON.stringify(k.value.slice(0, 30))} ×${k.count}`).join(", ")})`).join("; ") || "none"}`);
    console.log(`    columns not imported (named in the report): ${job.unmappedColumns.join(", ") || "none"}${unreported.length ? ` · NOT REPORTED: ${unreported.join(", ")}` : ""}`);
    if (job.failures.length) console.log(`    first failures: ${job.failures.slice(0, 3).map((f) => `row ${f.row} ${f.field}: ${f.reason}`).join(" | ")}`);
    await database.destroy();
  }
}
rmSync(dataDir, { recursive: true, force: true });
process.exit(missed ? 1 : 0);
