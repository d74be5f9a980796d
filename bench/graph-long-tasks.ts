// Main-thread long tasks while the graph lays itself out in the page:
//   npm run build
//   npx tsx --conditions=react-server bench/graph-long-tasks.ts [--items 10000]
// Creates its own PostgreSQL database (bench_graph_<pid> on BENCH_PG_ADMIN_URL, default postgresql://postgres@127.0.0.1:5432/postgres),
// seeds it with `npm run db:seed -- --items N` (the demo case + N synthetic items: /graph then answers with the
// 10,000-node cap), starts `next start` on it, and opens /graph in headless Chromium with a Long Tasks API observer.
// Prints every main-thread task over 50 ms: during the layout (from the graph's first drawing to "settled") and
// over the whole visit, with the node and edge counts and the layout's wall time. Drops the database at the end.
// (Set BENCH_DATABASE_URL to reuse a database of your own seeded the same way; its layout cache is emptied first.)
// Bar: no task over 50 ms while the layout runs.
import { spawn, spawnSync } from "node:child_process";
import net from "node:net";
import { loadavg } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import pg from "pg";
import { openDatabase } from "../lib/db/client";
import { createUser } from "../lib/users/manage-users";

const ROOT = path.resolve(import.meta.dirname, "..");
const EMAIL = "bench-graph@sightline.test";
const PASSWORD = "bench-password-not-secret";
const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

async function waitFor(url: string, timeoutMs: number) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

async function main() {
  const adminUrl = process.env.BENCH_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  let url = process.env.BENCH_DATABASE_URL;
  let created: string | null = null;
  if (!url) {
    created = `bench_graph_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${created}"`);
    await admin.end();
    const u = new URL(adminUrl);
    u.pathname = `/${created}`;
    url = u.toString();
    console.log(`seeding ${created} with ${arg("items", 10_000)} synthetic items…`);
    const seed = spawnSync("npm", ["run", "db:seed", "--", "--items", String(arg("items", 10_000)), "--seed", "1"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
      stdio: "ignore",
    });
    if (seed.status !== 0) throw new Error("seeding failed");
  }
  const database = openDatabase({ kind: "postgres", url });
  if (!(await database.prisma.user.findUnique({ where: { email: EMAIL } }))) {
    await createUser(database.prisma, { email: EMAIL, name: "Graph bench", role: "admin", password: PASSWORD }, { kind: "system" });
  }
  await database.prisma.graphLayoutCache.deleteMany({});
  await database.close();

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1", SIGHTLINE_DEMO: "" },
    stdio: "ignore",
    detached: true,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  try {
    await waitFor(`${base}/api/health`, 120_000);
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // Signing in through the context's own request client keeps the session cookie in the browser.
    const signIn = await context.request.post(`${base}/api/auth/sign-in/email`, { data: { email: EMAIL, password: PASSWORD }, headers: { origin: base } });
    if (!signIn.ok()) throw new Error(`sign-in failed: ${signIn.status()}`);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[]; __drawnAt: number | null };
      w.__longTasks = [];
      w.__drawnAt = null;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: "longtask", buffered: true });
      // The layout starts when the explorer first shows its graph (node count > 0).
      new MutationObserver(() => {
        const el = document.querySelector("[data-testid=graph-explorer]");
        if (w.__drawnAt === null && el && Number(el.getAttribute("data-node-count")) > 0) w.__drawnAt = performance.now();
      }).observe(document, { subtree: true, attributes: true, childList: true });
    });
    console.log(`load average before ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
    await page.goto(`${base}/graph`);
    const explorer = page.getByTestId("graph-explorer");
    await explorer.waitFor();
    await page.waitForFunction(() => document.querySelector("[data-testid=graph-explorer]")?.getAttribute("data-layout-settled") === "true", null, { timeout: 180_000 });
    const settledAt = await page.evaluate(() => performance.now());
    const nodes = await explorer.getAttribute("data-node-count");
    const summary = await page.locator("p").filter({ hasText: /nodes?, [\d,]+ edges?/ }).first().textContent();
    const { tasks, drawnAt } = await page.evaluate(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[]; __drawnAt: number };
      return { tasks: w.__longTasks, drawnAt: w.__drawnAt };
    });
    // Tasks that start once the graph is on screen (the worker has its first message) until it settles; the task that
    // parsed the answer and rendered it started before and is reported with the whole visit.
    const during = tasks.filter((t) => t.start >= drawnAt && t.start <= settledAt);
    const fmt = (list: typeof tasks) => (list.length ? list.map((t) => `${t.duration.toFixed(0)} ms @${(t.start / 1000).toFixed(2)} s`).join(", ") : "none");
    console.log(`graph: ${nodes} nodes (${summary?.trim().slice(0, 80)})`);
    console.log(`layout in the page: first drawing at ${(drawnAt / 1000).toFixed(2)} s, settled at ${(settledAt / 1000).toFixed(2)} s (${((settledAt - drawnAt) / 1000).toFixed(2)} s)`);
    console.log(`main-thread tasks > 50 ms while the layout ran: ${during.length} (${fmt(during)}); longest ${Math.max(0, ...during.map((t) => t.duration)).toFixed(0)} ms (bar: none)`);
    console.log(`main-thread tasks > 50 ms over the whole visit (page load, hydration, JSON of the graph included): ${tasks.length} (${fmt(tasks)})`);
    console.log(`load average after ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    if (created) {
      await new Promise((r) => setTimeout(r, 1000));
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${created}" WITH (FORCE)`);
      await admin.end();
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
