/**
 * npx tsx --conditions=react-server bench/export.ts [--runs 3]
 * The export bars on the shared read-only 100k database (BENCH_DATABASE_URL, default bench_shared_100k): the CSV
 * export of all items, streamed over HTTP exactly as GET /api/exports sends it (prepareExport → downloadResponse),
 * measured as time to first byte, total time and peak RSS; in the same run, the baseline that builds the whole
 * response in memory first (every row through Prisma, one CSV string, then sent). Then the STIX bundle of all
 * items: time and peak RSS. Each variant runs in its own child process so its peak RSS is its own. Prints medians
 * and the load average (the machine is shared).
 */
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { loadavg } from "node:os";
import { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { stringify } from "csv-stringify/sync";

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, "stix-runs": { type: "string", default: "1" }, variant: { type: "string" } } });
const URL_ = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/bench_shared_100k";
const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");

interface Result { variant: string; firstByteMs: number; totalMs: number; bytes: number; startRssMb: number; peakRssMb: number }

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
    if (variant === "csv-stream" || variant === "stix-stream") {
      const format = variant === "csv-stream" ? "csv" : "stix";
      const prepared = await prepareExport(database, { format, filter, table: format === "csv" ? "items" : undefined });
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
  // Warm up like a running server: pools connected, code compiled (one small export of one campaign first).
  const slug = (await database.prisma.campaign.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { itemCount: "asc" } })).slug;
  await (await fetch(`http://127.0.0.1:${port}/?campaign=${slug}`)).arrayBuffer();
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/`);
  const reader = response.body!.getReader();
  let firstByteMs = 0;
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!firstByteMs) firstByteMs = performance.now() - started;
    bytes += value.length;
  }
  const totalMs = performance.now() - started;
  server.close();
  await endExportPools();
  await database.close();
  return { variant, firstByteMs, totalMs, bytes, startRssMb, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

function child(variant: string): Result {
  const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, "--variant", variant], { encoding: "utf8", env: process.env, maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split("\n").pop()!) as Result;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  if (values.variant) {
    console.log(JSON.stringify(await measure(values.variant)));
    process.exit(0);
  }
  const runs = Number(values.runs);
  console.log(`bench/export on ${URL_.replace(/\/\/[^@]*@/, "//")} · ${runs} runs per variant · load average before: ${load()}`);
  const results: Record<string, Result[]> = {};
  for (let r = 0; r < runs; r++) {
    for (const variant of ["csv-stream", "csv-in-memory"]) (results[variant] ??= []).push(child(variant));
  }
  for (let r = 0; r < Number(values["stix-runs"]); r++) (results["stix-stream"] ??= []).push(child("stix-stream"));
  const summary = Object.fromEntries(Object.entries(results).map(([variant, rs]) => [variant, {
    firstByteMs: median(rs.map((x) => x.firstByteMs)), totalMs: median(rs.map((x) => x.totalMs)), mb: rs[0].bytes / 1e6,
    startRssMb: median(rs.map((x) => x.startRssMb)), peakRssMb: median(rs.map((x) => x.peakRssMb)),
    all: rs.map((x) => `${x.totalMs.toFixed(0)}/${x.firstByteMs.toFixed(0)}`).join(" "),
  }]));
  for (const [variant, s] of Object.entries(summary)) {
    console.log(
      `${variant.padEnd(14)} first byte ${s.firstByteMs.toFixed(0).padStart(5)} ms · total ${s.totalMs.toFixed(0).padStart(6)} ms · ${s.mb.toFixed(1)} MB · ` +
        `RSS ${s.startRssMb.toFixed(0)} MB before → peak ${s.peakRssMb.toFixed(0)} MB · runs (total/first byte ms): ${s.all}`,
    );
  }
  const speedup = summary["csv-in-memory"].totalMs / summary["csv-stream"].totalMs;
  console.log(`CSV of 100k items: streamed ${speedup.toFixed(1)}× faster than in memory; bars: ≤ 1000 ms total, ≤ 100 ms first byte, ≥ 3×`);
  console.log(`load average after: ${load()}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
