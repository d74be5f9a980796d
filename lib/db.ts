import "server-only";
import type { PrismaClient } from "./generated/prisma/client";
import { openDatabase, type Database } from "./db/client";

/**
 * The one Prisma entry point of the app. Opened lazily on first use, never at import time, so that
 * `next build` does not touch the database; one instance per process (a globalThis singleton survives
 * dev-server reloads, which would otherwise open PGlite twice and deadlock on its lock).
 */
const holder = globalThis as typeof globalThis & { __sightlineDatabase?: Database };

export function getDatabase(): Database {
  if (!holder.__sightlineDatabase) {
    const database = openDatabase();
    holder.__sightlineDatabase = database;
    if (database.kind === "pglite") closeOnShutdown(database);
  }
  return holder.__sightlineDatabase;
}

/** The Prisma client; `db.item.findMany(...)`. Resolved on first property access. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDatabase().prisma;
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/**
 * PGlite must be closed, or the next process to open the folder finds it uncleanly shut down. Under `next start`,
 * Next's own SIGINT/SIGTERM handler stops accepting connections, finishes pending requests and then calls
 * process.exit — measured: without the hook below it exited (143) before PGlite had closed. So process.exit is
 * routed through database.close(): in-flight requests keep their database, and the folder is closed before exit.
 */
const CLOSE_TIMEOUT_MS = 10_000;

function closeOnShutdown(database: Database) {
  const exit = process.exit.bind(process);
  let exiting = false;
  const closeThenExit = (code?: number | string | null) => {
    if (exiting) return;
    exiting = true;
    // A hung close must not keep a stopped server alive forever; the lock file is released on exit regardless.
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS));
    const closed = database.close().catch((error: unknown) => {
      console.error(`Closing the embedded database failed: ${error instanceof Error ? error.message : String(error)}`);
    });
    void Promise.race([closed, timeout]).finally(() => exit(code));
  };
  process.exit = closeThenExit as typeof process.exit;
  const onSignal = (signal: NodeJS.Signals) => {
    // Where nothing else handles the signal (a plain Node script), nobody else will exit: do it here.
    if (process.listenerCount(signal) === 0) closeThenExit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
}
