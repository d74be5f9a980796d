/**
 * Start-up cost of the production server on the embedded database, as a user meets it:
 *   cold — `npm start` on an empty PGlite folder (create the folder, migrate, seed the demo case) to the first page;
 *   warm — `npm start` again on the same folder to the first page.
 * Each run stops the server with SIGTERM, waits for it to exit and checks that the folder lock is gone.
 *   npm run build && npx tsx bench/startup.ts [--runs N]
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { lockPathFor } from "../lib/db/pglite-lock";

const ROOT = path.resolve(import.meta.dirname, "..");
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

interface Run {
  toFirstPageMs: number;
  toExitMs: number;
}

function runsFromArgs(): number {
  const i = process.argv.indexOf("--runs");
  const runs = i === -1 ? 3 : Number(process.argv[i + 1]);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs needs a positive integer");
  return runs;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function servesHtml(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
    const html = response.status === 200 && (response.headers.get("content-type") ?? "").includes("text/html");
    await response.arrayBuffer();
    return html;
  } catch {
    return false; // not listening yet
  }
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/** npm can exit before the server it started: wait until no process of the group is left. */
async function groupGone(pgid: number): Promise<void> {
  for (;;) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** One `npm start` from spawn to the first 200 HTML response, then SIGTERM to its exit. */
async function startAndStop(dataDir: string): Promise<Run> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL; // this bench is about the embedded database
  const started = performance.now();
  // Its own process group, so a hung server can be killed with everything it spawned.
  const child = spawn("npm", ["start", "--", "-p", String(port), "-H", "127.0.0.1"], { cwd: ROOT, env, detached: true });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4_000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const killGroup = () => {
    try {
      process.kill(-(child.pid as number), "SIGKILL");
    } catch {
      /* already gone */
    }
  };
  try {
    // The first page a visitor is served: / redirects a signed-out browser to the sign-in page, which reads the database.
    const url = `http://127.0.0.1:${port}/sign-in`;
    while (!(await servesHtml(url))) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
      if (performance.now() - started > START_TIMEOUT_MS) throw new Error(`no page after ${START_TIMEOUT_MS} ms:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const toFirstPageMs = performance.now() - started;

    // SIGTERM to the whole process group, as Ctrl-C in a terminal or systemd's default KillMode do. Signalling npm
    // alone is not enough: npm forwards it to the `sh -c` that runs the script, which dies and orphans next-server.
    const stopping = performance.now();
    process.kill(-(child.pid as number), "SIGTERM");
    const timer = setTimeout(killGroup, STOP_TIMEOUT_MS);
    await exited(child);
    await groupGone(child.pid as number);
    clearTimeout(timer);
    const toExitMs = performance.now() - stopping;
    if (toExitMs >= STOP_TIMEOUT_MS) throw new Error(`the server ignored SIGTERM for ${STOP_TIMEOUT_MS} ms:\n${output}`);
    if (fs.existsSync(lockPathFor(dataDir))) {
      throw new Error(`the server exited but left ${lockPathFor(dataDir)} behind:\n${output}`);
    }
    return { toFirstPageMs, toExitMs };
  } finally {
    killGroup();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summary(label: string, values: number[]): string {
  const ms = (v: number) => `${Math.round(v)} ms`.padStart(9);
  return `${label.padEnd(30)} median ${ms(median(values))}   max ${ms(Math.max(...values))}   (${values.map(Math.round).join(", ")})`;
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.error("No production build found (.next/BUILD_ID). Run `npm run build` first.");
    process.exit(1);
  }
  const runs = runsFromArgs();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "sightline-bench-startup-"));
  try {
    const cold: Run[] = [];
    const warm: Run[] = [];
    for (let i = 0; i < runs; i++) {
      cold.push(await startAndStop(path.join(scratch, `cold-${i}`, "pglite")));
      console.error(`cold run ${i + 1}/${runs}: ${Math.round(cold.at(-1)!.toFirstPageMs)} ms`);
    }
    const warmDir = path.join(scratch, `cold-${runs - 1}`, "pglite"); // migrated and seeded by the last cold run
    for (let i = 0; i < runs; i++) {
      warm.push(await startAndStop(warmDir));
      console.error(`warm run ${i + 1}/${runs}: ${Math.round(warm.at(-1)!.toFirstPageMs)} ms`);
    }
    console.log(`Sightline start-up, npm start on PGlite, ${runs} runs each (${os.cpus().length} CPUs, Node ${process.version})`);
    console.log(summary("cold: empty folder → first page", cold.map((r) => r.toFirstPageMs)));
    console.log(summary("warm: restart → first page", warm.map((r) => r.toFirstPageMs)));
    console.log(summary("SIGTERM → exit (all runs)", [...cold, ...warm].map((r) => r.toExitMs)));
    const ratio = median(warm.map((r) => r.toFirstPageMs)) / median(cold.map((r) => r.toFirstPageMs));
    console.log(`warm / cold (medians): ${ratio.toFixed(2)}; the lock file was released after every stop.`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
