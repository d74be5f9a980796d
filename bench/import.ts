/**
 * npx tsx --conditions=react-server bench/import.ts [--rows 10000]
 * Rows/s of a CSV import end to end (the job code the worker runs: mapping, validation, dedup, one transaction
 * per row with audit, ImportJobRow) on a fresh in-memory PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
 * Also times a re-run of the same file (every row skipped by its row key) and reports peak RSS.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadDisarm } from "../lib/disarm/load";
import { importFile } from "../lib/imports/import-file";
import { createTestDatabase } from "../lib/testing/test-database";

const { values } = parseArgs({ options: { rows: { type: "string", default: "10000" } } });
const ROWS = Number(values.rows);
const dir = mkdtempSync(path.join(tmpdir(), "sightline-bench-import-"));
process.env.SIGHTLINE_DATA_DIR = dir;
const file = path.join(dir, "bench.csv");
const countries = ["['Poland', 'Ukraine']", "DE; FR", "Moldova", "[\"LT\",\"LV\"]"];
const lines = ["id,title,link,platform,lang,target_country,impersonated,seen_at,views"];
for (let i = 0; i < ROWS; i++) {
  // 10 % repeat an earlier link (merged), 10 % have no link (row key only).
  const url = i % 10 === 9 ? "" : `https://example.org/story/${i % 10 === 8 ? i - 8 : i}`;
  lines.push(`r${i},"Claim ${i}",${url},website,${i % 2 ? "Polish" : "de"},"${countries[i % 4].replace(/"/g, '""')}",${i % 7 ? "" : "Alan Read"},2025-0${(i % 9) + 1}-1${i % 10}T10:00:00Z,${i * 3}`);
}
writeFileSync(file, lines.join("\n"));

async function run(kind: "pglite" | "postgres") {
  process.env.SIGHTLINE_TEST_DB = kind;
  const database = await createTestDatabase();
  try {
    await loadDisarm(database.prisma);
    const t0 = performance.now();
    const job = await importFile(database.prisma, file, { actor: { kind: "system" } });
    const first = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    const again = await importFile(database.prisma, file, { actor: { kind: "system" } });
    const second = (performance.now() - t1) / 1000;
    console.log(
      `${kind.padEnd(8)} ${ROWS} rows: ${(ROWS / first).toFixed(0)} rows/s (${first.toFixed(1)} s; created ${job.created}, merged ${job.merged}, failed ${job.failed})` +
        ` · re-run ${(ROWS / second).toFixed(0)} rows/s (skipped ${again.skipped})`,
    );
  } finally {
    await database.destroy();
  }
}

await run("pglite");
if (process.env.TEST_DATABASE_URL) await run("postgres");
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
rmSync(dir, { recursive: true, force: true });
process.exit(0);
