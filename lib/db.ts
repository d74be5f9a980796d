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

/** PGlite must be closed, or the next process to open the folder hangs on exit. */
function closeOnShutdown(database: Database) {
  const shutdown = (signal: NodeJS.Signals) => {
    database.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}
