/**
 * npx tsx --conditions=react-server bench/import.ts [--rows 100000] [--baseline-rows 2000] [--no-pglite] [--phases]
 * Rows/s of a CSV import end to end — the job code `npm run import` runs: streamed parse, mapping, validation,
 * row keys, dedup against the database and within the file, ingestBatch per 1000 rows with audit and
 * ImportJobRows, unique indexes, GIN pending-list merge at the end — into a fresh PostgreSQL database
 * (`bulkwork_*`, created and dropped on BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres)
 * and into a fresh PGlite folder. In the same run, the row-by-row Prisma baseline (one logSighting transaction per
 * row, the previous path) on the first --baseline-rows rows of the same file, and the bulk path on that same
 * sample, on PostgreSQL. Prints rows/s, the ratios, the load average (the machine is shared), CPU per row of Node
 * and of the PostgreSQL backends (which the load does not move), and the RSS before and at its peak during each
 * import (run --rows 10000 and --rows 100000: a streamed import's peak should not grow with the file).
 * --phases adds where each batch spends its wall time (prepare overlaps the write of the batch before).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase, type Database } from "../lib/db/client";
import { deployMigrations } from "../lib/db/migrations/commands";
import { loadDisarm } from "../lib/disarm/load";
import { importFile } from "../lib/imports/import-file";
import { rowByRowBaseline } from "./import/baseline";
import { generateCsv } from "./import/generate-csv";

const { values } = parseArgs({
  options: { rows: { type: "string", default: "100000" }, "baseline-rows": { type: "string", default: "2000" }, "no-pglite": { type: "boolean", default: false },
    phases: { type: "boolean", default: false } },
});
const ROWS = Number(values.rows);
const SAMPLE = Number(values["baseline-rows"]);
const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const dir = mkdtempSync(path.join(tmpdir(), "sightline-bench-import-"));
process.env.SIGHTLINE_DATA_DIR = dir;
const load = () => loadavg().map((l) => l.toFixed(1)).join(" ");

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(sql);
  await client.end();
}

/** A fresh, migrated PostgreSQL database with DISARM loaded; dropped by the returned close. */
async function freshPostgres(label: string): Promise<Database & { name: string; drop(): Promise<void> }> {
  const name = `bulkwork_${label}_${process.pid}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openDatabase({ kind: "postgres", url: url.toString() });
  await deployMigrations(database.adapterFactory);
  await loadDisarm(database.prisma);
  return { ...database, name, drop: async () => (await database.close(), admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)) };
}

/** CPU seconds used so far by the PostgreSQL backends serving `database` (read from /proc: same machine). */
async function backendCpu(database: string | null): Promise<number | null> {
  if (!database) return null;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const { rows } = await client.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1", [database]);
  await client.end();
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /, "").split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14 and 15 of stat)
    } catch {
      return null; // not on this machine
    }
  }
  return ticks / 100;
}

/**
 * importFile end to end, with what the rate alone hides on a shared machine: the CPU time of this process and of
 * the PostgreSQL backends per row (the load average moves the wall clock, not these), and the peak RSS *during*
 * the import (sampled), next to the RSS before it — a streamed import should not grow with the file.
 */
async function timedImport(database: Database, file: string, rows: number, pgName: string | null = null) {
  const phases = new Map<string, number>();
  const onPhase = values.phases ? (name: string, ms: number) => phases.set(name, (phases.get(name) ?? 0) + ms) : undefined;
  const rssBefore = process.memoryUsage.rss();
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 50);
  const pgBefore = await backendCpu(pgName);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const job = await importFile(database.prisma, file, { actor: { kind: "system" }, onPhase });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const pgAfter = await backendCpu(pgName);
  clearInterval(sampler);
  for (const [name, ms] of phases) console.log(`  ${name.padEnd(36)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${((ms * 1000) / rows).toFixed(0).padStart(5)} µs/row`);
  const summary = `created ${job.created}, merged ${job.merged}, skipped ${job.skipped}, failed ${job.failed}`;
  if (job.doneRows !== rows) throw new Error(`only ${job.doneRows} of ${rows} rows accounted for (${summary})`);
  const perRow = (s: number) => `${((s * 1e6) / rows).toFixed(0)} µs`;
  const nodeCpu = (cpu.user + cpu.system) / 1e6;
  const cpuText = `CPU per row: node ${perRow(nodeCpu)}` + (pgBefore !== null && pgAfter !== null ? ` + postgres ${perRow(pgAfter - pgBefore)}` : "");
  const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
  return { rate: rows / seconds, seconds, summary, cpu: cpuText, rss: `RSS ${mb(rssBefore)} before, peak ${mb(rssPeak)} during` };
}

const file = path.join(dir, "bench.csv");
const sample = path.join(dir, "sample.csv");
const t = performance.now();
await generateCsv(file, ROWS);
await generateCsv(sample, SAMPLE); // the same generator: exactly the first SAMPLE rows of bench.csv
console.log(`generated ${ROWS} rows in ${((performance.now() - t) / 1000).toFixed(1)} s · load average ${load()}`);

const base = await freshPostgres("baseline");
const baseline = await rowByRowBaseline(base.prisma, sample, SAMPLE);
await base.drop();
console.log(`postgres row-by-row baseline (logSighting per row), first ${SAMPLE} rows: ${baseline.toFixed(0)} rows/s · load ${load()}`);

const small = await freshPostgres("sample");
const bulkSample = await timedImport(small, sample, SAMPLE);
await small.drop();
console.log(`postgres bulk path, same first ${SAMPLE} rows: ${bulkSample.rate.toFixed(0)} rows/s (${(bulkSample.rate / baseline).toFixed(1)}× the baseline) · load ${load()}`);

const full = await freshPostgres("full");
const pgRun = await timedImport(full, file, ROWS, full.name);
await full.drop();
console.log(`postgres bulk path, ${ROWS} rows end to end: ${pgRun.rate.toFixed(0)} rows/s (${pgRun.seconds.toFixed(1)} s; ${pgRun.summary})` +
  ` = ${(pgRun.rate / baseline).toFixed(1)}× the baseline · ${pgRun.cpu} · ${pgRun.rss} · load ${load()}`);

if (!values["no-pglite"]) {
  const folder = path.join(dir, "pglite");
  const lite = openDatabase({ kind: "pglite", dataDir: folder });
  await deployMigrations(lite.adapterFactory);
  await loadDisarm(lite.prisma);
  const liteRun = await timedImport(lite, file, ROWS);
  await lite.close();
  console.log(`pglite   bulk path, ${ROWS} rows end to end: ${liteRun.rate.toFixed(0)} rows/s (${liteRun.seconds.toFixed(1)} s; ${liteRun.summary}) · ${liteRun.cpu} (PGlite runs in this process) · ${liteRun.rss} · load ${load()}`);
}
rmSync(dir, { recursive: true, force: true });
process.exit(0);
