import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client";
import { pgliteAdapterFactory, postgresAdapterFactory } from "./adapters";
import { resolveDatabaseConfig, type DatabaseConfig, type DatabaseKind } from "./config";
import { acquireDataDirLock } from "./pglite-lock";
import { attachPgliteTransactions, attachPostgresTransactions } from "./sql-transaction";
import type { RawQuery } from "./migrations/status";

/** An open database: the Prisma client plus what the migration and health code need. */
export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Plain SQL without parameters, for tooling (migration status, health). */
  rawQuery: RawQuery;
  /**
   * The driver underneath Prisma, for bulk reads whose per-row cost through Prisma is too high (exports stream
   * 100k rows with COPY or a server-side cursor: lib/exports/read-session.ts). Nothing else should need it.
   */
  driver: { kind: "pglite"; pglite: PGlite } | { kind: "postgres"; url: string };
  close(): Promise<void>;
}

/**
 * Opens the configured database. For PGlite this takes the folder lock first, so a second process fails at once
 * with a message naming the holder instead of silently losing writes.
 */
export function openDatabase(config: DatabaseConfig = resolveDatabaseConfig()): Database {
  return config.kind === "pglite" ? openPgliteDatabase(config.dataDir) : openPostgresDatabase(config.url);
}

function openPgliteDatabase(dataDir: string): Database {
  const inMemory = dataDir.startsWith("memory://");
  const lock = inMemory ? null : acquireDataDirLock(dataDir);
  let pglite: PGlite;
  try {
    pglite = new PGlite(dataDir, { extensions: { pg_trgm } });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const adapterFactory = pgliteAdapterFactory(pglite);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  attachPgliteTransactions(prisma, pglite);
  let closing: Promise<void> | null = null;
  return {
    kind: "pglite",
    prisma,
    adapterFactory,
    rawQuery: async <T>(sql: string) => (await pglite.query<T>(sql)).rows,
    driver: { kind: "pglite", pglite },
    close() {
      closing ??= (async () => {
        try {
          await prisma.$disconnect();
          if (!pglite.closed) await pglite.close();
        } finally {
          lock?.release();
        }
      })();
      return closing;
    },
  };
}

function openPostgresDatabase(url: string): Database {
  const adapterFactory = postgresAdapterFactory(url);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  const closeTransactions = attachPostgresTransactions(prisma, url);
  return {
    kind: "postgres",
    prisma,
    adapterFactory,
    rawQuery: <T>(sql: string) => prisma.$queryRawUnsafe<T[]>(sql),
    driver: { kind: "postgres", url },
    close: async () => {
      await closeTransactions();
      await prisma.$disconnect();
    },
  };
}
