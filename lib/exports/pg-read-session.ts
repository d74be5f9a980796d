import { randomUUID } from "node:crypto";
import pg from "pg";
import { exportPoolWaitSeconds, exportStallSeconds, exportStatementSeconds, ExportsBusyError } from "./export-limits";
import { inlineSql } from "./inline-sql";
import { copyCsvInOrder, copyCsvRecords, type CsvCopy } from "./pg-copy-out";
import type { ReadSession, TextRow } from "./read-session";
import type { PageRange } from "./tables";

const pools = globalThis as typeof globalThis & { __sightlineExportPools?: Map<string, pg.Pool> };
const POOL_SIZE = 4;

/**
 * A small pool of its own: exports hold a connection for seconds and must not starve the app's Prisma pool. A
 * request waits a bounded time for a connection (then ExportsBusyError, a 503) rather than hanging.
 */
function exportPool(url: string): pg.Pool {
  pools.__sightlineExportPools ??= new Map();
  let pool = pools.__sightlineExportPools.get(url);
  if (!pool) {
    pool = new pg.Pool({
      connectionString: url,
      max: POOL_SIZE,
      idleTimeoutMillis: 10_000,
      allowExitOnIdle: true,
      connectionTimeoutMillis: exportPoolWaitSeconds() * 1000,
    });
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

// A backend busy computing rows (not writing them) notices a dropped client only if it polls the socket: without
// client_connection_check_interval an abandoned export's query runs on until its next write (PostgreSQL 14+). JIT
// compiled the wide export queries for seconds (4.3 s of 22 s on observations, 100k items) and buys nothing for
// COPY's row-at-a-time output.
// A reader that stopped leaves the transaction idle: PostgreSQL ends it after the stall limit, and no statement of an
// export runs past the statement limit (export-limits.ts).
const sessionSettings = () =>
  `SET LOCAL client_connection_check_interval = 100; SET LOCAL jit = off; ` +
  `SET LOCAL statement_timeout = ${Math.round(exportStatementSeconds() * 1000)}; ` +
  `SET LOCAL idle_in_transaction_session_timeout = ${Math.round(exportStallSeconds() * 1000)}`;

/**
 * A connection of the export pool, or ExportsBusyError once the bounded wait is over. PostgreSQL ending a stalled
 * session (idle_in_transaction_session_timeout) is an 'error' event on a checked-out client, which would crash the
 * process without a listener: the next query on it fails instead, and the session drops it.
 */
async function connect(pool: pg.Pool): Promise<pg.PoolClient> {
  try {
    const client = await pool.connect();
    if (client.listenerCount("error") === 0) client.on("error", () => {});
    return client;
  } catch (error) {
    if (error instanceof Error && /timeout exceeded when trying to connect/i.test(error.message)) throw new ExportsBusyError();
    throw error;
  }
}

/**
 * Waits (boundedly) until the export pool can hand out a connection, then gives it back: called before a download's
 * response starts, so a busy pool is answered 503 up front instead of breaking a download already under way.
 */
export async function awaitExportConnection(url: string): Promise<void> {
  (await connect(exportPool(url))).release();
}

/**
 * One REPEATABLE READ, READ ONLY transaction on a connection of the export pool. `copyCsvParts` may add a second
 * connection in the same snapshot (pg_export_snapshot, as pg_dump -j does), taken only when the pool has one free at
 * once — two exports each waiting for a second connection could otherwise wait for each other.
 */
export async function openPostgresSession(url: string): Promise<ReadSession> {
  const pool = exportPool(url);
  const client = await connect(pool);
  try {
    await client.query(`BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; ${sessionSettings()}`); // one round trip
  } catch (error) {
    client.release(true);
    throw error;
  }
  let broken = false;
  let closed = false;
  let helper: pg.PoolClient | null = null;

  /** A second connection in this transaction's snapshot, or null when the pool has none free right now. */
  async function secondConnection(): Promise<pg.PoolClient | null> {
    if (helper) return helper;
    if (pool.waitingCount > 0 || (pool.idleCount === 0 && pool.totalCount >= POOL_SIZE)) return null;
    const [{ snapshot }] = (await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot")).rows;
    const second = await connect(pool);
    try {
      await second.query(`BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;
        SET TRANSACTION SNAPSHOT ${second.escapeLiteral(snapshot)}; ${sessionSettings()}`);
    } catch {
      second.release(true);
      return null;
    }
    return (helper = second);
  }

  /**
   * A COPY started when its chunks are first read. One stopped before its end (the reader went away) marks the
   * session broken: only dropping its connections stops PostgreSQL's work.
   */
  function lazyCopy(signal: AbortSignal | undefined, start: () => Promise<CsvCopy>, finish?: () => Promise<unknown>): CsvCopy {
    let copy: CsvCopy | null = null;
    return {
      records: () => copy?.records() ?? 0,
      chunks: (async function* () {
        let done = false;
        try {
          copy = await start();
          yield* guarded(copy.chunks, signal);
          done = true;
          await finish?.();
        } finally {
          if (!done) broken = true;
        }
      })(),
    };
  }

  return {
    materialises: false,
    async *batches(query, options = {}) {
      const cursor = `export_${randomUUID().replace(/-/g, "")}`;
      await client.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${inlineSql(query)}`);
      const fetch = (size: number) => client.query<TextRow>({ text: `FETCH ${size} FROM ${cursor}`, rowMode: "array", types: TEXT_TYPES });
      // One batch ahead: PostgreSQL computes the next batch while the reader works on this one (the STIX export spent
      // as long waiting for batches as building objects from them). One query in flight at a time, as pg requires.
      const ahead = (size: number) => {
        const pending = fetch(size);
        pending.catch(() => {}); // handled where it is awaited; this keeps a failure before then from being "unhandled"
        return pending;
      };
      let next: ReturnType<typeof fetch> | null = ahead(options.first ?? options.size ?? 2000);
      try {
        for (;;) {
          options.signal?.throwIfAborted();
          const { rows } = await next;
          next = null;
          if (!rows.length) return;
          next = ahead(options.size ?? 2000);
          yield rows;
        }
      } finally {
        // The reader stopped with a fetch still running: only dropping the connection stops that work at once.
        if (next) broken = true;
        else if (!broken && !closed) await client.query(`CLOSE ${cursor}`).catch(() => {});
      }
    },
    async rows(query) {
      return (await client.query<TextRow>({ text: inlineSql(query), rowMode: "array", types: TEXT_TYPES })).rows;
    },
    copyCsv(query, signal, copyOptions = {}) {
      const text = copyText(inlineSql(query));
      if (!copyOptions.fastStart) return lazyCopy(signal, async () => copyCsvRecords(client, text));
      return lazyCopy(
        signal,
        async () => {
          await client.query("SET LOCAL enable_sort = off");
          return copyCsvRecords(client, text);
        },
        () => client.query("SET LOCAL enable_sort TO DEFAULT"),
      );
    },
    async pageRanges(table, pagesPerRange) {
      const [[pages, version]] = (
        await client.query<[string, string]>({
          text: `SELECT pg_relation_size($1::regclass) / current_setting('block_size')::int, current_setting('server_version_num')`,
          values: [table],
          rowMode: "array",
          types: TEXT_TYPES,
        })
      ).rows;
      // Before PostgreSQL 14 a ctid range is a filter on a scan of the whole table, once per range.
      if (Number(version) < 140000) return null;
      return splitPages(Number(pages), pagesPerRange);
    },
    copyCsvParts(queries, signal) {
      return lazyCopy(signal, async () => {
        const second = queries.length > 1 ? await secondConnection() : null;
        return copyCsvInOrder(second ? [client, second] : [client], queries.map((q) => copyText(inlineSql(q))));
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([client, helper].filter((c) => c !== null).map((c) => end(c, broken)));
    },
  };
}

const copyText = (select: string) => `COPY (${select}) TO STDOUT WITH (FORMAT csv)`;

/** Chunks until the signal aborts (checked between chunks). */
async function* guarded(chunks: AsyncGenerator<Buffer>, signal?: AbortSignal): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    signal?.throwIfAborted();
    yield chunk;
  }
}

/** Ends a connection's transaction; one left mid-COPY is dropped instead, which is what stops PostgreSQL's work. */
async function end(client: pg.PoolClient, broken: boolean): Promise<void> {
  if (broken) return client.release(true);
  try {
    await client.query("COMMIT");
    client.release();
  } catch {
    client.release(true);
  }
}

/** `pages` heap pages as ranges of about `size` pages; the last is open-ended (rows on pages added meanwhile are not visible anyway). */
export function splitPages(pages: number, size: number): PageRange[] {
  const count = Math.max(1, Math.ceil(pages / size));
  return Array.from({ length: count }, (_, i) => ({
    from: Math.round((i * pages) / count),
    to: i === count - 1 ? null : Math.round(((i + 1) * pages) / count),
  }));
}
