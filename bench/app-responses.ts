/**
 * Server response times of the pages and endpoints people open most, on a big PostgreSQL database:
 * the Overview (bar ≤ 300 ms) and the items list (bar ≤ 150 ms), plus the API calls behind them.
 *
 *   DATABASE_URL=postgresql://…/sl_bench npm run db:seed -- --items 100000   # once
 *   npm run build
 *   BENCH_DATABASE_URL=postgresql://…/sl_bench npx tsx --conditions=react-server bench/app-responses.ts [--requests 40]
 *
 * Starts `next start` against that database, signs a bench admin in through the real sign-in endpoint, warms
 * each URL up, then times sequential requests (time to the full body) and prints p50 / p95 / max.
 */
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { openDatabase } from "../lib/db/client";
import { createUser } from "../lib/users/manage-users";

const ROOT = path.resolve(import.meta.dirname, "..");
const BENCH_EMAIL = "bench-admin@sightline.test";
const BENCH_PASSWORD = "bench-password-not-secret";

const TARGETS: { label: string; path: string; barMs?: number }[] = [
  { label: "Overview page /", path: "/", barMs: 300 },
  { label: "Items list page /items", path: "/items", barMs: 150 },
  { label: "Items page, filtered", path: "/items?kind=video&country=PL", barMs: 150 },
  { label: "Items page 40, by sightings", path: "/items?sort=sightings&page=40", barMs: 150 },
  { label: "GET /api/overview/stats", path: "/api/overview/stats" },
  { label: "GET /api/overview/timeline", path: "/api/overview/timeline" },
  { label: "GET /api/overview/top-campaigns", path: "/api/overview/top-campaigns" },
  { label: "GET /api/overview/recent-items", path: "/api/overview/recent-items" },
  { label: "GET /api/items", path: "/api/items" },
  { label: "GET /api/items?q=…", path: "/api/items?q=europe" },
  { label: "GET /api/items sort=title", path: "/api/items?sort=title&dir=asc" },
];

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function ensureBenchAdmin(url: string): Promise<void> {
  const database = openDatabase({ kind: "postgres", url });
  try {
    const exists = await database.prisma.user.findUnique({ where: { email: BENCH_EMAIL } });
    if (!exists) {
      await createUser(database.prisma, { email: BENCH_EMAIL, name: "Bench admin", role: "admin", password: BENCH_PASSWORD }, { kind: "system" });
    }
  } finally {
    await database.close();
  }
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

async function signIn(base: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: BENCH_EMAIL, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

async function timeRequest(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error("Set BENCH_DATABASE_URL to a PostgreSQL database seeded with --items 100000");
  const requests = arg("--requests", 40);
  await ensureBenchAdmin(url);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1", SIGHTLINE_DEMO: "" },
    stdio: "ignore",
    detached: true,
  });
  try {
    await waitFor(`${base}/api/health`, 120_000);
    const cookie = await signIn(base);
    const database = openDatabase({ kind: "postgres", url });
    const [{ items, sightings }] = await database.rawQuery<{ items: number; sightings: number }>(
      "SELECT (SELECT count(*)::int FROM items) AS items, (SELECT count(*)::int FROM sightings) AS sightings",
    );
    await database.close();
    console.log(`PostgreSQL with ${items} items, ${sightings} sightings; ${requests} sequential requests per URL after 5 warm-ups\n`);
    console.log("target".padEnd(34), "p50 ms".padStart(8), "p95 ms".padStart(8), "max ms".padStart(8), "  bar");
    for (const target of TARGETS) {
      for (let i = 0; i < 5; i++) await timeRequest(base + target.path, cookie);
      const times: number[] = [];
      for (let i = 0; i < requests; i++) times.push(await timeRequest(base + target.path, cookie));
      times.sort((a, b) => a - b);
      const p95 = percentile(times, 95);
      const verdict = target.barMs ? `${p95 <= target.barMs ? "meets" : "MISSES"} ≤ ${target.barMs} (p95)` : "";
      console.log(
        target.label.padEnd(34),
        percentile(times, 50).toFixed(1).padStart(8),
        p95.toFixed(1).padStart(8),
        times[times.length - 1].toFixed(1).padStart(8),
        " ",
        verdict,
      );
    }
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
