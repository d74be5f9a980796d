/**
 * Unauthenticated (and signed-in) memory blow-up, issue #11 item 3: 8 parallel 500 MB chunked bodies (no
 * Content-Length) at each route that reads a body, against a real production server (`next start`) on a
 * throwaway PGlite folder, measuring the server's RSS (its whole process tree) every 50 ms. The bar: growth < 100 MB.
 *
 *   npm run build && npx tsx bench/body-limit.ts [--mb 500] [--parallel 8] [--baseline-dir /path/to/built/old/checkout]
 *
 * --baseline-dir runs the same attack, in the same run, against another built checkout (e.g. main at f74c1d3 in a
 * temporary worktree), whose routes read `request.text()` / `formData()` whole before checking the size.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1]!;
}
const MB = Number(arg("mb", "500"));
const PARALLEL = Number(arg("parallel", "8"));
const BASELINE_DIR = arg("baseline-dir", "");

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

/** RSS of a process and all its descendants, in bytes (Next may run its server in a child process). */
function treeRss(pid: number): number {
  const children = (p: number): number[] => {
    try {
      const list = fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
      return [p, ...list.flatMap(children)];
    } catch {
      return [p];
    }
  };
  let total = 0;
  for (const p of children(pid)) {
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // exited meanwhile
    }
  }
  return total;
}

interface Server {
  child: ChildProcess;
  base: string;
  dataDir: string;
}

async function startServer(dir: string): Promise<Server> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "body-limit-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGLITE_DATA_DIR: path.join(dataDir, "pglite"),
    SIGHTLINE_DATA_DIR: path.join(dataDir, "data"),
    SIGHTLINE_DEMO: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: "",
  };
  const child = spawn(path.join(dir, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: dir, env, detached: true, stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`server in ${dir} did not start`);
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return { child, base, dataDir };
}

async function stopServer(server: Server): Promise<void> {
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  process.kill(-(server.child.pid as number), "SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
  try {
    process.kill(-(server.child.pid as number), "SIGKILL");
  } catch {
    // already gone
  }
  fs.rmSync(server.dataDir, { recursive: true, force: true });
}

async function signIn(server: Server): Promise<string> {
  const credentials = JSON.parse(fs.readFileSync(path.join(server.dataDir, "data/demo-credentials.json"), "utf8")) as { role: string; email: string; password: string }[];
  const admin = credentials.find((c) => c.role === "admin")!;
  const response = await fetch(`${server.base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.base },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

interface Outcome {
  status: number | string;
  sentMb: number;
}

/** One chunked POST of `mb` MB (no Content-Length); stops sending as soon as the server answers. */
function chunkedPost(base: string, route: string, headers: Record<string, string>, prefix: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const url = new URL(route, base);
    let sent = 0;
    let answered = false;
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const request = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } });
    const timer = setTimeout(() => finish("timeout"), 300_000);
    function finish(status: number | string) {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      request.destroy();
      resolve({ status, sentMb: Math.round(sent / 1024 / 1024) });
    }
    request.on("response", (response) => {
      response.resume();
      finish(response.statusCode ?? 0);
    });
    request.on("error", (error) => finish((error as NodeJS.ErrnoException).code ?? "error"));
    request.write(prefix);
    const pump = () => {
      while (!answered && sent < MB * 1024 * 1024) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!answered) request.end();
    };
    pump();
  });
}

interface Phase {
  name: string;
  route: string;
  headers: (cookie: string) => Record<string, string>;
  prefix: string;
}

const BOUNDARY = "----bench";
const PHASES: Phase[] = [
  { name: "invitation accept (anonymous JSON)", route: "/api/invitations/accept", headers: () => ({ "content-type": "application/json" }), prefix: '{"token":"' },
  { name: "better-auth sign-in (anonymous JSON)", route: "/api/auth/sign-in/email", headers: () => ({ "content-type": "application/json" }), prefix: '{"email":"' },
  {
    name: "import upload (signed-in multipart)",
    route: "/api/imports",
    headers: (cookie) => ({ "content-type": `multipart/form-data; boundary=${BOUNDARY}`, cookie }),
    prefix: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\nContent-Type: text/csv\r\n\r\n`,
  },
];

async function measure(label: string, dir: string): Promise<void> {
  const server = await startServer(dir);
  try {
    const cookie = await signIn(server);
    const pid = server.child.pid as number;
    for (const phase of PHASES) {
      await new Promise((r) => setTimeout(r, 2_000)); // let the previous phase's garbage be collected
      const before = treeRss(pid);
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, treeRss(pid))), 50);
      const started = Date.now();
      const outcomes = await Promise.all(Array.from({ length: PARALLEL }, () => chunkedPost(server.base, phase.route, phase.headers(cookie), phase.prefix)));
      clearInterval(sampler);
      peak = Math.max(peak, treeRss(pid));
      const statuses = [...new Set(outcomes.map((o) => o.status))].join(",");
      const sent = outcomes.reduce((sum, o) => sum + o.sentMb, 0);
      console.log(
        `${label.padEnd(9)} ${phase.name.padEnd(38)} RSS ${mb(before)} → peak ${mb(peak)}  growth ${mb(peak - before).padStart(8)}` +
          `   answers ${statuses}  client sent ${sent} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    await stopServer(server);
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

console.log(`${PARALLEL} parallel chunked POSTs of ${MB} MB each (no Content-Length), per route; bar: growth < 100 MB\n`);
await measure("this", ROOT);
if (BASELINE_DIR) await measure("baseline", path.resolve(BASELINE_DIR));
