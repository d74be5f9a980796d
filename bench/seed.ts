/**
 * Seeding benchmark: N synthetic items into a fresh throwaway PGlite folder and a fresh PostgreSQL database.
 *   npx tsx --conditions=react-server bench/seed.ts [--items 100000] [--seed 42] [--only pglite|postgres]
 * PostgreSQL: BENCH_DATABASE_URL is the admin connection (default postgresql://postgres@127.0.0.1:5432/postgres);
 * the script creates its own database (prefix BENCH_DATABASE_PREFIX, default sightline_bench) and drops it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase, type Database } from "../lib/db/client";
import type { DatabaseConfig } from "../lib/db/config";
import { deployMigrations } from "../lib/db/migrations/commands";
import { loadDisarm } from "../lib/disarm/load";
import { parseSeedArgs } from "../lib/seed/cli-args";
import { seedSynthetic, type SyntheticSeedResult } from "../lib/seed/synthetic/seed-synthetic";

interface Figures extends SyntheticSeedResult {
  target: string;
  auditEvents: number;
  setupSeconds: number;
}

async function run(target: string, config: DatabaseConfig, items: number, seed: number): Promise<Figures> {
  const setupStart = performance.now();
  const database: Database = openDatabase(config);
  try {
    await deployMigrations(database.adapterFactory);
    await loadDisarm(database.prisma);
    const setupSeconds = (performance.now() - setupStart) / 1000;
    console.log(`\n[${target}] migrated in ${setupSeconds.toFixed(1)} s; seeding ${items} items …`);
    const result = await seedSynthetic(database.prisma, { items, seed, batchSize: 2000, log: (line) => console.log(`[${target}] ${line}`) });
    const auditEvents = await database.prisma.auditEvent.count();
    return { ...result, target, auditEvents, setupSeconds };
  } finally {
    await database.close();
  }
}

async function withPglite<T>(body: (config: DatabaseConfig) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), "sightline-bench-"));
  try {
    return await body({ kind: "pglite", dataDir: path.join(dir, "pglite") });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function withPostgres<T>(body: (config: DatabaseConfig) => Promise<T>): Promise<T> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const prefix = (process.env.BENCH_DATABASE_PREFIX ?? "sightline_bench").replace(/[^a-z0-9_]/gi, "");
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return await body({ kind: "postgres", url: url.toString() });
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

function report(all: Figures[]): void {
  const rate = (count: number, seconds: number) => Math.round(count / seconds).toLocaleString("en-US");
  console.log("\nSeeding benchmark (wall time of seedSynthetic: generation + inserts + audit + derived columns)");
  console.table(all.map((f) => ({
    database: f.target,
    items: f.items,
    sightings: f.sightings,
    "rows (data)": f.rows,
    "audit events": f.auditEvents,
    "wall s": Number(f.seconds.toFixed(1)),
    "items/s": rate(f.items, f.seconds),
    "sightings/s": rate(f.sightings, f.seconds),
    "rows/s": rate(f.rows, f.seconds),
    "rows+audit/s": rate(f.rows + f.auditEvents, f.seconds),
  })));
  if (all.length === 2) console.log(`PostgreSQL / PGlite wall-time ratio: ${(all[0].seconds / all[1].seconds).toFixed(2)}× faster on PostgreSQL`);
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const onlyAt = argv.indexOf("--only");
  const only = onlyAt >= 0 ? argv.splice(onlyAt, 2)[1] : undefined;
  if (only !== undefined && only !== "pglite" && only !== "postgres") throw new Error("--only takes pglite or postgres");
  const parsed = parseSeedArgs(argv);
  const items = parsed.items || 100_000;
  const all: Figures[] = [];
  if (only !== "postgres") all.push(await withPglite((config) => run("pglite", config, items, parsed.seed)));
  if (only !== "pglite") all.push(await withPostgres((config) => run("postgres", config, items, parsed.seed)));
  report(all);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
