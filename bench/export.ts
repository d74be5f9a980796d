/**
 * npx tsx --conditions=react-server bench/export.ts [--runs 3] [--zip-runs 1] [--stix-runs 1] [--no-heap-cap]
 * The export bars on a 100k-item database (BENCH_DATABASE_URL, default bench_shared_100k), every export of the
 * whole dataset (the empty filter selects all 100k items), served over HTTP exactly as GET /api/exports sends it
 * (prepareExport → downloadResponse) and read to the end by an HTTP client in a process of its own:
 * - csv-items      `?format=csv&table=items`: items.csv alone, one row per item — the bar's "CSV export of 100k
 *                  items" (≤ 1 s, first byte ≤ 100 ms, ≥ 3× the in-memory baseline);
 * - csv-items-raw  the same file with `csvCells=raw`: text cells as stored, without the formula-neutralising CASE the
 *                  default adds to the COPY query (what items.csv cost before that rule; its same-run baseline);
 * - csv-in-memory  the baseline, same file: every row through Prisma into one CSV string, then sent;
 * - csv-zip        `?format=csv`: the ZIP of all 15 entity files (items, 316k sightings, the wide observations …),
 *                  codebook and manifest — reported, no bar;
 * - stix           the STIX 2.1 bundle: time and peak RSS, reported.
 * "first byte" is the first body chunk (for CSV the header row, sent before the query's first row); "first row"
 * is when the first data row has arrived. "node CPU" is the server process's during the download: with
 * PostgreSQL's backend it is what the export costs the machine, and on an idle 2-core machine the two run side
 * by side. Each variant runs in its own child process so
 * its peak RSS is its own. Flat memory: the highest RSS by each quarter of the download, and each variant run once
 * more with a 96 MB JavaScript heap, which the streamed exports complete under and the in-memory baseline does not.
 * Prints medians, the load average (the machine is shared) and whether the database's
 * visibility map is set (a never-vacuumed copy reads the heap for what are otherwise index-only scans).
 */
import { execFile, execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { loadavg } from "node:os";
import { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { stringify } from "csv-stringify/sync";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" }, "zip-runs": { type: "string", default: "1" }, "stix-runs": { type: "string", default: "1" },
    "heap-cap": { type: "boolean", default: true }, variant: { type: "string" },
  },
  allowNegative: true, // --no-heap-cap
});
const URL_ = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/bench_shared_100k";
const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");

interface Result {
  variant: string; firstByteMs: number; firstRowMs: number; totalMs: number; nodeCpuMs: number; bytes: number; startRssMb: number; peakRssMb: number;
  /** The highest RSS seen by each quarter of the download: flat memory stops growing after the first. */
  rssByQuarterMb: number[];
}

/** One variant in this process: serve it over HTTP on a free port and read it to the end as a client would. */
async function measure(variant: string): Promise<Result> {
  const { openDatabase } = await import("../lib/db/client");
  const { prepareExport } = await import("../lib/exports/build-export");
  const { downloadResponse } = await import("../lib/exports/http");
  const { endExportPools } = await import("../lib/exports/read-session");
  const database = openDatabase({ kind: "postgres", url: URL_ });
  await database.prisma.$queryRaw`SELECT 1`; // connect before timing, as a running server would be
  const startRssMb = process.memoryUsage().rss / 1024 / 1024;
  const handler = async (filter: { campaign?: string }): Promise<Response> => {
    if (variant !== "csv-in-memory") {
      const format = variant === "stix" ? "stix" : "csv";
      const items = variant === "csv-items" || variant === "csv-items-raw";
      const prepared = await prepareExport(database, { format, filter, table: items ? "items" : undefined, cells: variant === "csv-items-raw" ? "raw" : "safe" });
      return downloadResponse(prepared, new AbortController());
    }
    // Baseline: the whole result through Prisma into one string, then the response.
    const { CSV_TABLES } = await import("../lib/exports/csv-export");
    const { tableQuery } = await import("../lib/exports/tables");
    const table = CSV_TABLES[0];
    const rows = await database.prisma.$queryRaw<Record<string, string | null>[]>(tableQuery(table, filter));
    const csv = stringify(rows.map((r) => table.columns.map((c) => r[c.name])), { header: true, columns: table.columns.map((c) => c.name), record_delimiter: "windows" });
    return new Response(csv, { headers: { "Content-Type": "text/csv" } });
  };
  const server = createServer(async (req, res) => {
    const campaign = new URL(req.url ?? "/", "http://x").searchParams.get("campaign") ?? undefined;
    const response = await handler(campaign ? { campaign } : {});
    res.writeHead(response.status, Object.fromEntries(response.headers));
    Readable.fromWeb(response.body as import("node:stream/web").ReadableStream).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  // Warm up like a running server: pools connected, code compiled. One export of one campaign leaves the hot paths
  // to V8's optimising compiler, which then ran on the second core during the timed download (~0.5 s of CPU beside
  // PostgreSQL's backends): the two CSV variants, the bar's, are warmed by one whole untimed download of their own;
  // the long ZIP and STIX ones by the smallest campaign.
  const slug = (await database.prisma.campaign.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { itemCount: "asc" } })).slug;
  const whole = ["csv-items", "csv-items-raw", "csv-in-memory"].includes(variant);
  await (await fetch(whole ? `http://127.0.0.1:${port}/` : `http://127.0.0.1:${port}/?campaign=${slug}`)).arrayBuffer();
  // The CSV header row's length: the first data row has arrived once more bytes than that have.
  const headerBytes = whole ? (await import("../lib/exports/csv-export")).CSV_TABLES[0].columns.map((c) => c.name).join(",").length + 2 : 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const samples: [number, number][] = [];
  const sampler = setInterval(() => samples.push([performance.now() - started, process.memoryUsage.rss()]), 50); // reading RSS costs ~0.2 ms
  const { firstByteMs, firstRowMs, totalMs, bytes } = await download(`http://127.0.0.1:${port}/`, headerBytes);
  const used = process.cpuUsage(cpu);
  clearInterval(sampler);
  const rssByQuarterMb = [1, 2, 3, 4].map((q) => Math.max(0, ...samples.filter(([t]) => t <= (q * totalMs) / 4).map(([, rss]) => rss)) / 1024 / 1024);
  server.close();
  await endExportPools();
  await database.close();
  const nodeCpuMs = (used.user + used.system) / 1000;
  return { variant, firstByteMs, firstRowMs, totalMs, nodeCpuMs, bytes, startRssMb, peakRssMb: process.resourceUsage().maxRSS / 1024, rssByQuarterMb };
}

/**
 * The client: plain node:http in a process of its own, as a browser or curl would be — so the figures and the
 * server's CPU are the server's (an in-process fetch() client cost as much CPU as the server it measured).
 */
const CLIENT = `const [url, header] = process.argv.slice(1); const t0 = performance.now(); let first = 0, row = 0, bytes = 0;
require("node:http").get(url, (res) => { res.on("data", (c) => { const t = performance.now() - t0; if (!first) first = t;
bytes += c.length; if (!row && bytes > Number(header)) row = t; }); res.on("end", () => console.log(JSON.stringify({ firstByteMs: first,
firstRowMs: row, totalMs: performance.now() - t0, bytes }))); });`;

function download(url: string, headerBytes: number): Promise<{ firstByteMs: number; firstRowMs: number; totalMs: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ["-e", CLIENT, url, String(headerBytes)], (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout))));
  });
}

function child(variant: string, nodeOptions: string[] = []): Result {
  const out = execFileSync(process.execPath, [...nodeOptions, ...process.execArgv, import.meta.filename, "--variant", variant], {
    encoding: "utf8", env: process.env, maxBuffer: 1 << 20, stdio: ["ignore", "pipe", "pipe"],
  });
  return JSON.parse(out.trim().split("\n").pop()!) as Result;
}

/** A JavaScript heap this small holds no 100k-row result: a variant that completes under it streams. */
const HEAP_CAP_MB = 96;

function underHeapCap(variant: string): string {
  try {
    const r = child(variant, [`--max-old-space-size=${HEAP_CAP_MB}`]);
    return `completes in ${r.totalMs.toFixed(0)} ms, RSS by quarter of the download ${r.rssByQuarterMb.map((m) => m.toFixed(0)).join(" / ")} MB`;
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? "");
    return /heap out of memory/i.test(stderr) ? "runs out of memory" : `fails: ${stderr.trim().split("\n").slice(-3).join(" ")}`;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  if (values.variant) {
    console.log(JSON.stringify(await measure(values.variant)));
    process.exit(0);
  }
  const runs = Number(values.runs);
  console.log(`bench/export on ${URL_.replace(/\/\/[^@]*@/, "//")} · ${runs} runs per CSV variant · load average before: ${load()}`);
  console.log(await visibility());
  const results: Record<string, Result[]> = {};
  // Alternated, so both see the same machine.
  for (let r = 0; r < runs; r++) for (const variant of ["csv-items", "csv-items-raw", "csv-in-memory"]) (results[variant] ??= []).push(child(variant));
  for (let r = 0; r < Number(values["zip-runs"]); r++) (results["csv-zip"] ??= []).push(child("csv-zip"));
  for (let r = 0; r < Number(values["stix-runs"]); r++) (results.stix ??= []).push(child("stix"));
  const summary = Object.fromEntries(Object.entries(results).map(([variant, rs]) => [variant, {
    firstByteMs: median(rs.map((x) => x.firstByteMs)), firstRowMs: median(rs.map((x) => x.firstRowMs)), totalMs: median(rs.map((x) => x.totalMs)),
    nodeCpuMs: median(rs.map((x) => x.nodeCpuMs)), mb: rs[0].bytes / 1e6, startRssMb: median(rs.map((x) => x.startRssMb)), peakRssMb: median(rs.map((x) => x.peakRssMb)),
    all: rs.map((x) => `${x.totalMs.toFixed(0)}/${x.firstByteMs.toFixed(0)}`).join(" "),
  }]));
  for (const [variant, s] of Object.entries(summary)) {
    const firstRow = variant.startsWith("csv-items") || variant === "csv-in-memory" ? ` · first row ${s.firstRowMs.toFixed(0).padStart(5)} ms` : "";
    console.log(
      `${variant.padEnd(14)} first byte ${s.firstByteMs.toFixed(0).padStart(5)} ms${firstRow} · total ${s.totalMs.toFixed(0).padStart(6)} ms · ${s.mb.toFixed(1)} MB · ` +
        `node CPU ${s.nodeCpuMs.toFixed(0)} ms · RSS ${s.startRssMb.toFixed(0)} MB before → peak ${s.peakRssMb.toFixed(0)} MB · runs (total/first byte ms): ${s.all}`,
    );
  }
  console.log(`RSS by quarter of the download (median run): ${Object.entries(results).map(([v, rs]) => `${v} ${rs[Math.floor(rs.length / 2)].rssByQuarterMb.map((m) => m.toFixed(0)).join("/")} MB`).join(" · ")}`);
  if (values["heap-cap"]) {
    for (const variant of ["csv-items", "csv-in-memory", ...(Number(values["stix-runs"]) ? ["stix"] : [])]) {
      console.log(`${variant.padEnd(14)} with a ${HEAP_CAP_MB} MB JavaScript heap (--max-old-space-size): ${underHeapCap(variant)}`);
    }
  }
  const speedup = summary["csv-in-memory"].totalMs / summary["csv-items"].totalMs;
  console.log(`items.csv of 100k items: streamed ${speedup.toFixed(1)}× faster than in memory; bars: ≤ 1000 ms total, ≤ 100 ms first byte, ≥ 3×`);
  const formulaCost = summary["csv-items"].totalMs / summary["csv-items-raw"].totalMs;
  console.log(`formula-neutralised cells (default) vs raw cells: ${formulaCost.toFixed(2)}× the time (${summary["csv-items"].totalMs.toFixed(0)} vs ${summary["csv-items-raw"].totalMs.toFixed(0)} ms)`);
  console.log(`load average after: ${load()}`);
}

/** How much of the big tables the visibility map marks all-visible (what index-only scans need; autovacuum's job). */
async function visibility(): Promise<string> {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: URL_ });
  await client.connect();
  try {
    const { rows } = await client.query<{ relname: string; pct: number }>(
      `SELECT relname, round(100.0 * relallvisible / greatest(relpages, 1))::int AS pct FROM pg_class WHERE relname IN ('items', 'sightings') ORDER BY relname`,
    );
    return `all-visible pages: ${rows.map((r) => `${r.relname} ${r.pct} %`).join(", ")}${rows.some((r) => r.pct < 90) ? " (run VACUUM for steady-state figures)" : ""}`;
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
