/**
 * npx tsx --conditions=react-server bench/analytics.ts [--runs 30] [--copy]
 * p50/p95 of every analytics query (lib/analytics, what /api/analytics/… runs) on PostgreSQL with 100k items /
 * ~300k sightings, unfiltered and with each filter: the query itself computed on every call, never from the result
 * cache (the cost right after a write), and as the routes serve it (lib/analytics/cached-analytics.ts: reused until
 * the next audited write). The first row is the baseline measured in the same run: the weekly spread computed from
 * sightings as the queries did before the rollups.
 *
 * BENCH_DATABASE_URL (default the shared read-only bench_shared_100k) is only read, and must have this branch's
 * migrations (the rollup tables). With --copy the bench clones it instead into `bench_analytics_<pid>` (CREATE
 * DATABASE … TEMPLATE), applies this branch's migrations (backfilling the rollups) and ANALYZEs, measures there, and
 * drops the copy at the end.
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase } from "../lib/db/client";
import { deployMigrations } from "../lib/db/migrations/commands";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { getCountries } from "../lib/analytics/get-countries";
import { getFirstSeen } from "../lib/analytics/get-first-seen";
import { getLanguages } from "../lib/analytics/get-languages";
import type { PlatformCode } from "../lib/codes/platforms";
import { getMarkerFrequencies } from "../lib/analytics/get-marker-frequencies";
import { getSpread } from "../lib/analytics/get-spread";
import { getTimeToDebunk } from "../lib/analytics/get-time-to-debunk";
import { getVerdictMix } from "../lib/analytics/get-verdict-mix";
import { cachedAnalytics } from "../lib/analytics/cached-analytics";
import type { DatasetFilter } from "../lib/filters/dataset-filter";
import { sightingFilterSql } from "../lib/filters/dataset-filter-sql";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "30" }, copy: { type: "boolean", default: false }, only: { type: "string" } },
});
const RUNS = Number(values.runs);
const baseUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/bench_shared_100k";

type Run = (p: PrismaClient, f: DatasetFilter) => Promise<unknown>;
type Case = [name: string, query: Run, cached: Run];
const CASES: Case[] = [
  ["baseline: spread from sightings", (p, f) => direct(p, f), (p, f) => direct(p, f)],
  ["spread (week, by platform)", (p, f) => getSpread({ ...f, interval: "week", stack: "platform" }, p), (p, f) => cachedAnalytics.spread({ ...f, interval: "week", stack: "platform" }, p)],
  ["spread (day, by campaign)", (p, f) => getSpread({ ...f, interval: "day", stack: "campaign" }, p), (p, f) => cachedAnalytics.spread({ ...f, interval: "day", stack: "campaign" }, p)],
  ["first-seen", (p, f) => getFirstSeen(f, p), (p, f) => cachedAnalytics.firstSeen(f, p)],
  ["countries", (p, f) => getCountries(f, p), (p, f) => cachedAnalytics.countries(f, p)],
  ["languages", (p, f) => getLanguages(f, p), (p, f) => cachedAnalytics.languages(f, p)],
  ["markers (month)", (p, f) => getMarkerFrequencies({ ...f, interval: "month" }, p), (p, f) => cachedAnalytics.markers({ ...f, interval: "month" }, p)],
  ["verdicts", (p, f) => getVerdictMix(f, p), (p, f) => cachedAnalytics.verdicts(f, p)],
  ["time-to-debunk", (p, f) => getTimeToDebunk(f, p), (p, f) => cachedAnalytics.timeToDebunk(f, p)],
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function filtersFor(prisma: PrismaClient): Promise<[string, DatasetFilter][]> {
  // Realistic filters: the campaign with most sightings, a three-month window from its start, the busiest target
  // country, content language and item platform; each alone, and the campaign with its window.
  const [top] = await prisma.$queryRaw<{ slug: string; first: Date }[]>`
    SELECT slug, first_seen_at AS first FROM campaigns
    WHERE deleted_at IS NULL ORDER BY sighting_count DESC LIMIT 1`;
  const from = top.first.toISOString().slice(0, 10);
  const to = new Date(top.first.getTime() + 90 * 86_400_000).toISOString().slice(0, 10);
  const [{ country }] = await prisma.$queryRaw<{ country: string }[]>`
    SELECT t AS country FROM items, unnest(target_countries) t WHERE deleted_at IS NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`;
  const [{ language }] = await prisma.$queryRaw<{ language: string }[]>`
    SELECT l AS language FROM items i CROSS JOIN LATERAL unnest(i.languages) AS l WHERE i.deleted_at IS NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`;
  const [{ platform }] = await prisma.$queryRaw<{ platform: PlatformCode }[]>`
    SELECT platform FROM items WHERE deleted_at IS NULL AND platform IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`;
  return [
    ["unfiltered", {}],
    [`country=${country}`, { country }],
    [`campaign=${top.slug}`, { campaign: top.slug }],
    [`${from}…${to}`, { from, to }],
    [`language=${language}`, { language }],
    [`platform=${platform}`, { platform }],
    [`campaign=${top.slug}, ${from}…${to}`, { campaign: top.slug, from, to }],
  ];
}

/**
 * The baseline, in the same run: the weekly spread computed straight from sightings joined to items, as every
 * analytics query did before the rollups (migration …_analytics_rollups). It is the cheapest of the former queries'
 * shapes (one join, one GROUP BY); the others added sorts, DISTINCT ON and JSON scans to the same join.
 */
const direct: Run = (p, f) => p.$queryRaw`
  SELECT to_char(date_trunc('week', s.observed_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS bucket, coalesce(s.platform, '') AS key,
    count(*)::int AS sightings, coalesce(sum(s.views), 0)::float8 AS views
  FROM sightings s JOIN items i ON i.id = s.item_id
  WHERE ${sightingFilterSql(f)}
  GROUP BY 1, 2 ORDER BY 1, 2`;

async function measure(label: string, url: string) {
  const database = openDatabase({ kind: "postgres", url });
  const prisma = database.prisma;
  const filters = await filtersFor(prisma);
  console.log(`\n## ${label}\n| query | filter | query p50 ms | query p95 ms | served p50 ms | served p95 ms |\n|---|---|---|---|---|---|`);
  const worst = { query: 0, served: 0 };
  const time = async (fn: () => Promise<unknown>, runs: number) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await fn();
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b);
  };
  for (const [name, query, cached] of CASES) {
    if (values.only && !name.startsWith(values.only)) continue;
    for (const [filterName, filter] of filters) {
      // The query itself, every time (what a request costs right after a write), then as the route serves it
      // (cachedAnalytics: reused until the next audited write; the first call computes, later calls check the version).
      const q = await time(() => query(prisma, filter), RUNS);
      await cached(prisma, filter); // computes once; the served figures are the requests until the next write
      const served = await time(() => cached(prisma, filter), RUNS);
      if (!name.startsWith("baseline")) {
        worst.query = Math.max(worst.query, percentile(q, 95));
        worst.served = Math.max(worst.served, percentile(served, 95));
      }
      const f = (a: number[], p: number) => percentile(a, p).toFixed(0);
      console.log(`| ${name} | ${filterName} | ${f(q, 50)} | ${f(q, 95)} | ${f(served, 50)} | ${f(served, 95)} |`);
    }
  }
  console.log(`worst p95: query ${worst.query.toFixed(0)} ms, served ${worst.served.toFixed(0)} ms · load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  await database.close();
}

async function admin<T>(sql: string, fn?: (c: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: baseUrl.replace(/\/[^/]*$/, "/postgres") });
  await client.connect();
  try {
    await client.query(sql);
    return fn ? await fn(client) : undefined;
  } finally {
    await client.end();
  }
}

console.log(`analytics bench · ${RUNS} runs per case · load average at start ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
if (!values.copy) await measure(`${new URL(baseUrl).pathname.slice(1)}`, baseUrl);
else {
  const name = `bench_analytics_${process.pid}`;
  const source = new URL(baseUrl).pathname.slice(1);
  await admin(`CREATE DATABASE "${name}" TEMPLATE "${source}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  try {
    const copy = openDatabase({ kind: "postgres", url: url.toString() });
    await deployMigrations(copy.adapterFactory);
    await copy.prisma.$executeRawUnsafe("ANALYZE");
    await copy.close();
    await measure(`copy with this branch's migrations (${name})`, url.toString());
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}
process.exit(0);
