/**
 * npx tsx --conditions=react-server bench/duplicate-check.ts [--queries 300]
 * p50/p95 of findDuplicates (the duplicate panel while typing) over realistic queries against ≥ 100k items on
 * PostgreSQL: known URLs in other forms (tracking parameters, upper-case host, fragment), near-duplicate texts of
 * existing items (a word changed, a suffix added) and novel texts. BENCH_DATABASE_URL names the database; when
 * it holds < 100k items a fresh `bulkwork_dup_*` database is created next to it, seeded with
 * `npm run db:seed -- --items 100000`, and dropped afterwards. It is only read otherwise.
 */
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase } from "../lib/db/client";
import { findDuplicates, type DuplicateQuery } from "../lib/ingest/find-duplicates";

const { values } = parseArgs({ options: { queries: { type: "string", default: "300" } } });
const QUERIES = Number(values.queries);
const baseUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/sl_bench";

async function itemCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM items WHERE deleted_at IS NULL")).rows[0].n);
  } catch {
    return 0;
  } finally {
    await client.end();
  }
}

let url = baseUrl;
let dropAfter: string | null = null;
if ((await itemCount(baseUrl)) < 100_000) {
  const name = `bulkwork_dup_${process.pid}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const target = new URL(baseUrl);
  target.pathname = `/${name}`;
  url = target.toString();
  dropAfter = name;
  console.log(`seeding 100k items into ${name} …`);
  const env = { ...process.env, DATABASE_URL: url };
  execFileSync("npm", ["run", "db:deploy"], { env, stdio: "inherit" });
  execFileSync("npm", ["run", "db:seed", "--", "--items", "100000"], { env, stdio: "inherit" });
}

const database = openDatabase({ kind: "postgres", url });
const prisma = database.prisma;
// A deterministic sample of existing items to derive the queries from.
const sample = await prisma.$queryRaw<{ canonical_url: string | null; title: string | null; text: string | null }[]>`
  SELECT canonical_url, title, text FROM items WHERE deleted_at IS NULL ORDER BY md5(id::text) LIMIT ${QUERIES}`;

const urlForm = (u: string, i: number) => {
  const parsed = new URL(u);
  if (i % 3 === 0) parsed.searchParams.set("utm_source", "newsletter");
  if (i % 3 === 1) parsed.hash = "comments";
  if (i % 3 === 2) parsed.host = parsed.host.toUpperCase();
  return parsed.toString();
};
const nearText = (t: string) => {
  const words = t.split(" ");
  words[Math.floor(words.length / 2)] = "naprawdę";
  return `${words.join(" ")} Udostępnij!`;
};
const queries = sample.map((row, i): { kind: string; query: DuplicateQuery } => {
  const kind = i % 3;
  if (kind === 0 && row.canonical_url) return { kind: "url", query: { url: urlForm(row.canonical_url, i), title: row.title } };
  if (kind === 1 && row.text) return { kind: "near-text", query: { title: row.title, text: nearText(row.text) } };
  return { kind: "novel", query: { title: `Novel claim ${i}`, text: `Completely new wording number ${i} about grain prices, elections and ${i * 7} protesters in the capital.` } };
});

// Warm-up: connection pool, plans, caches (the panel runs on a live server, not a cold one).
for (const q of queries.slice(0, 20)) await findDuplicates(prisma, q.query);
const times = new Map<string, number[]>();
let hits = 0;
for (const q of queries) {
  const t0 = performance.now();
  const found = await findDuplicates(prisma, q.query);
  const ms = performance.now() - t0;
  if (q.kind !== "novel" && found.length) hits++;
  for (const key of [q.kind, "all"]) times.set(key, [...(times.get(key) ?? []), ms]);
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const items = await itemCount(url);
console.log(`findDuplicates on PostgreSQL, ${items} items, ${queries.length} queries · load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
for (const [kind, xs] of times) {
  console.log(`  ${kind.padEnd(9)} n=${String(xs.length).padStart(4)}  p50 ${pct(xs, 50).toFixed(1)} ms  p95 ${pct(xs, 95).toFixed(1)} ms  max ${Math.max(...xs).toFixed(1)} ms`);
}
const known = queries.filter((q) => q.kind !== "novel").length;
console.log(`  known-content queries that found a match: ${hits}/${known}`);
await database.close();
if (dropAfter) {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${dropAfter}" WITH (FORCE)`);
  await admin.end();
}
process.exit(0);
