import { randomUUID } from "node:crypto";
import pg from "pg";
import type { Database } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { inlineSql } from "./inline-sql";
import { copyOut } from "./pg-copy-out";

export type TextRow = (string | null)[];

export interface BatchOptions {
  signal?: AbortSignal;
  /** Rows in the first batch: small, so the first bytes leave at once. Later batches are `size`. */
  first?: number;
  size?: number;
}

/**
 * How an export reads: every query's rows in batches through a server-side cursor (never the whole result in
 * memory), plus COPY … CSV where PostgreSQL can stream it. Prisma costs ~25 µs per row on raw queries (2.8 s for
 * 100k items, measured), so bulk reads go to the driver: queries are built with `Prisma.sql` and the same filter
 * fragments, and every column is cast to text in SQL so both databases give identical values.
 *
 * On PostgreSQL a session is one REPEATABLE READ, READ ONLY transaction on its own connection: every file of one
 * export sees the same snapshot of the data. PGlite has a single connection shared with the app, so its cursors are
 * WITH HOLD (materialised by the database, outside any transaction) and the app keeps working during an export.
 */
export interface CopyOptions {
  /**
   * The query selects most of its table: read it in the ORDER BY's index order so rows leave at once, instead of
   * letting PostgreSQL sort everything first (COPY plans for the total time; cursors already plan for a fast start).
   */
  fastStart?: boolean;
}

export interface ReadSession {
  batches(query: Prisma.Sql, options?: BatchOptions): AsyncGenerator<TextRow[]>;
  /** A bounded query (the relations of one batch, a count) in the same snapshot. */
  rows(query: Prisma.Sql): Promise<TextRow[]>;
  /** The query's rows as CSV bytes from COPY (LF line ends), or null where COPY does not stream (PGlite). */
  copyCsv(query: Prisma.Sql, signal?: AbortSignal, options?: CopyOptions): AsyncGenerator<Buffer> | null;
  close(): Promise<void>;
}

export async function openReadSession(database: Pick<Database, "driver">): Promise<ReadSession> {
  return database.driver.kind === "postgres" ? openPostgresSession(database.driver.url) : openPgliteSession(database.driver.pglite);
}

const pools = globalThis as typeof globalThis & { __sightlineExportPools?: Map<string, pg.Pool> };

/** A small pool of its own: exports hold a connection for seconds and must not starve the app's Prisma pool. */
function exportPool(url: string): pg.Pool {
  pools.__sightlineExportPools ??= new Map();
  let pool = pools.__sightlineExportPools.get(url);
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: 4, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
    pool.on("error", () => {}); // an idle client that dies is dropped by the pool; nothing to report
    pools.__sightlineExportPools.set(url, pool);
  }
  return pool;
}

/** Ends the export pools (scripts and tests call this before exiting). */
export async function endExportPools(): Promise<void> {
  const all = [...(pools.__sightlineExportPools?.values() ?? [])];
  pools.__sightlineExportPools?.clear();
  await Promise.all(all.map((p) => p.end()));
}

const TEXT_TYPES = { getTypeParser: () => (value: string) => value };

async function openPostgresSession(url: string): Promise<ReadSession> {
  const client = await exportPool(url).connect();
  let broken = false;
  try {
    // One round trip. A backend busy computing rows (not writing them) notices a dropped client only if it polls the
    // socket: without client_connection_check_interval an abandoned export's query runs on until its next write
    // (PostgreSQL 14+). JIT compiled the wide export queries for seconds (4.3 s of 22 s on observations, 100k
    // items) and buys nothing for COPY's row-at-a-time output.
    await client.query(`BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;
      SET LOCAL client_connection_check_interval = 100; SET LOCAL jit = off`);
  } catch (error) {
    client.release(true);
    throw error;
  }
  let closed = false;
  return {
    async *batches(query, options = {}) {
      const cursor = `export_${randomUUID().replace(/-/g, "")}`;
      await client.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${inlineSql(query)}`);
      try {
        let size = options.first ?? options.size ?? 2000;
        for (;;) {
          options.signal?.throwIfAborted();
          const { rows } = await client.query<TextRow>({ text: `FETCH ${size} FROM ${cursor}`, rowMode: "array", types: TEXT_TYPES });
          if (!rows.length) return;
          yield rows;
          size = options.size ?? 2000;
        }
      } finally {
        if (!broken && !closed) await client.query(`CLOSE ${cursor}`).catch(() => {});
      }
    },
    async rows(query) {
      return (await client.query<TextRow>({ text: inlineSql(query), rowMode: "array", types: TEXT_TYPES })).rows;
    },
    copyCsv(query, signal, copyOptions = {}) {
      const text = `COPY (${inlineSql(query)}) TO STDOUT WITH (FORMAT csv)`;
      return (async function* () {
        let done = false;
        try {
          if (copyOptions.fastStart) await client.query("SET LOCAL enable_sort = off");
          for await (const chunk of copyOut(client, text)) {
            signal?.throwIfAborted();
            yield chunk;
          }
          done = true;
          if (copyOptions.fastStart) await client.query("SET LOCAL enable_sort TO DEFAULT");
        } finally {
          // Stopped mid-COPY (the reader went away): only dropping the connection stops PostgreSQL's work.
          if (!done) broken = true;
        }
      })();
    },
    async close() {
      if (closed) return;
      closed = true;
      if (broken) {
        client.release(true);
        return;
      }
      try {
        await client.query("COMMIT");
        client.release();
      } catch {
        client.release(true);
      }
    },
  };
}

async function openPgliteSession(pglite: Extract<Database["driver"], { kind: "pglite" }>["pglite"]): Promise<ReadSession> {
  const open = new Set<string>();
  return {
    async *batches(query, options = {}) {
      const cursor = `export_${randomUUID().replace(/-/g, "")}`;
      await pglite.exec(`DECLARE ${cursor} NO SCROLL CURSOR WITH HOLD FOR ${inlineSql(query)}`);
      open.add(cursor);
      try {
        let size = options.first ?? options.size ?? 2000;
        for (;;) {
          options.signal?.throwIfAborted();
          const { rows } = await pglite.query<TextRow>(`FETCH ${size} FROM ${cursor}`, [], { rowMode: "array" });
          if (!rows.length) return;
          yield rows;
          size = options.size ?? 2000;
        }
      } finally {
        open.delete(cursor);
        await pglite.exec(`CLOSE ${cursor}`).catch(() => {});
      }
    },
    async rows(query) {
      return (await pglite.query<TextRow>(inlineSql(query), [], { rowMode: "array" })).rows;
    },
    copyCsv: () => null,
    async close() {
      for (const cursor of open) await pglite.exec(`CLOSE ${cursor}`).catch(() => {});
      open.clear();
    },
  };
}
