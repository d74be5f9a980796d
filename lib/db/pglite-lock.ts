import fs from "node:fs";
import path from "node:path";

/**
 * PGlite has no locking of its own: two processes on one folder both open it and writes are silently lost.
 * We take an exclusive lock file beside the folder (O_EXCL create) holding the owner's pid, and refuse to
 * open when a live process holds it. A lock left by a dead process is taken over.
 */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
    readonly holderCommand: string,
  ) {
    super(
      `The embedded database folder ${dataDir} is in use by process ${holderPid}` +
        (holderCommand ? ` (${holderCommand})` : "") +
        ". Stop that process first, or point PGLITE_DATA_DIR at another folder.",
    );
    this.name = "DataDirInUseError";
  }
}

export function lockPathFor(dataDir: string): string {
  return path.join(path.dirname(dataDir), `.${path.basename(dataDir)}.lock`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  const lockPath = lockPathFor(dataDir);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const holder = JSON.stringify({
    pid: process.pid,
    command: process.argv.slice(1).map((a) => path.basename(a)).join(" ").slice(0, 200),
    since: new Date().toISOString(),
  });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, holder, { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          const current = JSON.parse(fs.readFileSync(lockPath, "utf8")) as { pid?: number };
          if (current.pid === process.pid) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
        process.off("exit", release);
      };
      process.on("exit", release);
      return { path: lockPath, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let owner: { pid?: number; command?: string } = {};
      try {
        owner = JSON.parse(fs.readFileSync(lockPath, "utf8"));
      } catch {
        /* half-written lock: treat as stale below */
      }
      if (owner.pid && owner.pid !== process.pid && isAlive(owner.pid)) {
        throw new DataDirInUseError(dataDir, owner.pid, owner.command ?? "");
      }
      if (owner.pid === process.pid) {
        throw new DataDirInUseError(dataDir, owner.pid, "this process already holds it");
      }
      fs.rmSync(lockPath, { force: true }); // stale: its owner is gone
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}
