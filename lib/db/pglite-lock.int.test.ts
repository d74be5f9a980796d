import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { DataDirInUseError, lockPathFor } from "./pglite-lock";

/**
 * PGlite has no locking: two processes on one folder would both open it and silently lose writes. These tests run
 * a real second process on a real folder. PostgreSQL has no such folder, so the PostgreSQL project skips them.
 */
const FIXTURE = path.join(import.meta.dirname, "test-fixtures/hold-pglite.ts");
const ROOT = path.resolve(import.meta.dirname, "../..");

interface Holder {
  child: ChildProcessWithoutNullStreams;
  /** The next JSON line the holder prints. */
  next(): Promise<Record<string, unknown>>;
  send(command: "count" | "close" | "crash"): void;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startHolder(dataDir: string): Holder {
  const child = spawn(process.execPath, ["--import", "tsx", FIXTURE, dataDir], { cwd: ROOT });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    exited,
    async next() {
      const { value, done } = await lines.next();
      if (done) throw new Error(`holder exited before answering: ${stderr}`);
      return JSON.parse(value) as Record<string, unknown>;
    },
    send: (command) => child.stdin.write(`${command}\n`),
  };
}

function rowCount(dataDir: string) {
  const database = openDatabase({ kind: "pglite", dataDir });
  return {
    database,
    rows: database.rawQuery<{ n: number }>(`SELECT count(*)::int AS n FROM lock_probe`).then((r) => r[0].n),
  };
}

describe.skipIf(process.env.SIGHTLINE_TEST_DB === "postgres")("the PGlite folder lock", () => {
  // Created in beforeAll: a skipped describe still runs its body to collect tests, but never its afterAll.
  let dataDir = "";
  let lockFile = "";
  const holders: Holder[] = [];
  beforeAll(() => {
    dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sightline-lock-")), "pglite");
    lockFile = lockPathFor(dataDir);
  });
  afterAll(() => {
    for (const h of holders) if (h.child.exitCode === null && h.child.signalCode === null) h.child.kill("SIGKILL");
    if (dataDir) fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  it("refuses a second process, naming the holder's pid, and leaves the holder's data alone", async () => {
    const holder = startHolder(dataDir);
    holders.push(holder);
    expect(await holder.next()).toMatchObject({ ready: true, rows: 1 });
    const pid = holder.child.pid as number;

    let refusal: unknown;
    try {
      openDatabase({ kind: "pglite", dataDir });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataDirInUseError);
    expect(refusal).toMatchObject({ holderPid: pid, dataDir });
    expect((refusal as Error).message).toContain(`in use by process ${pid}`);
    expect(JSON.parse(fs.readFileSync(lockFile, "utf8"))).toMatchObject({ pid });

    holder.send("count");
    expect(await holder.next()).toEqual({ rows: 1 });

    holder.send("close");
    expect(await holder.next()).toEqual({ closed: true });
    expect(await holder.exited).toEqual({ code: 0, signal: null });
    expect(fs.existsSync(lockFile)).toBe(false); // a clean close releases the lock
  });

  it("opens the folder once the holder has closed it, with the holder's rows, and releases the lock on close", async () => {
    const { database, rows } = rowCount(dataDir);
    expect(fs.existsSync(lockFile)).toBe(true);
    expect(await rows).toBe(1);
    await database.close();
    await database.close(); // idempotent: a second shutdown signal must not fail
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it("takes over the lock of a process that died without closing", async () => {
    const holder = startHolder(dataDir);
    holders.push(holder);
    expect(await holder.next()).toMatchObject({ ready: true, rows: 2 });
    const pid = holder.child.pid as number;
    holder.send("crash");
    expect(await holder.exited).toMatchObject({ signal: "SIGKILL" });
    expect(JSON.parse(fs.readFileSync(lockFile, "utf8"))).toMatchObject({ pid }); // stale lock left behind

    const { database, rows } = rowCount(dataDir);
    expect(JSON.parse(fs.readFileSync(lockFile, "utf8"))).toMatchObject({ pid: process.pid });
    expect(await rows).toBe(2); // PGlite recovers the crashed writer's committed row
    await database.close();
    expect(fs.existsSync(lockFile)).toBe(false);
  });
});
