import { randomUUID } from "node:crypto";
import type { Database } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { inlineSql } from "./inline-sql";
import type { CsvCopy } from "./pg-copy-out";
import { awaitExportConnection, openPostgresSession } from "./pg-read-session";
import type { PageRange } from "./tables";
import type { CsvCellMode } from "../csv/formula-cells";

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
  /** Heap pages per COPY when a table is read in storage order (csv-export.ts; tests use small ranges). */
  pagesPerRange?: number;
  /** Items per slice where cursors materialise (item-windows.ts; tests use small slices). */
  windowItems?: number;
  /** Text cells formula-neutralised ("safe", the default) or as stored ("raw"); lib/csv/formula-cells.ts. */
  cells?: CsvCellMode;
  /** Start each CSV file with a UTF-8 BOM, for Excel. */
  bom?: boolean;
}

export interface ReadSession {
  /** Whether a cursor holds its whole result in the database (PGlite's WITH HOLD) rather than streaming it. */
  materialises: boolean;
  batches(query: Prisma.Sql, options?: BatchOptions): AsyncGenerator<TextRow[]>;
  /** A bounded query (the relations of one batch, a count) in the same snapshot. */
  rows(query: Prisma.Sql): Promise<TextRow[]>;
  /** The query's rows as CSV records (CRLF line ends) from COPY, or null where COPY does not stream (PGlite). */
  copyCsv(query: Prisma.Sql, signal?: AbortSignal, options?: CopyOptions): CsvCopy | null;
  /**
   * A table's heap split into page ranges of about `pagesPerRange` pages, for reading it range by range in storage
   * order — or null where a range is not read on its own (PGlite; PostgreSQL before 14 has no TID range scans).
   */
  pageRanges(table: string, pagesPerRange: number): Promise<PageRange[] | null>;
  /**
   * The queries' rows as one CSV stream, in the order given, from two connections in the same snapshot at once
   * (PostgreSQL formats the CSV on one core per connection); null where COPY does not stream.
   */
  copyCsvParts(queries: Prisma.Sql[], signal?: AbortSignal): CsvCopy | null;
  close(): Promise<void>;
}

export { endExportPools } from "./pg-read-session";

/** Before a download starts: a free export connection within the bounded wait, or ExportsBusyError (PGlite has no pool). */
export async function awaitReadCapacity(database: Pick<Database, "driver">): Promise<void> {
  if (database.driver.kind === "postgres") await awaitExportConnection(database.driver.url);
}

export async function openReadSession(database: Pick<Database, "driver">): Promise<ReadSession> {
  return database.driver.kind === "postgres" ? openPostgresSession(database.driver.url) : openPgliteSession(database.driver.pglite);
}

async function openPgliteSession(pglite: Extract<Database["driver"], { kind: "pglite" }>["pglite"]): Promise<ReadSession> {
  const open = new Set<string>();
  return {
    materialises: true,
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
    pageRanges: async () => null,
    copyCsvParts: () => null,
    async close() {
      for (const cursor of open) await pglite.exec(`CLOSE ${cursor}`).catch(() => {});
      open.clear();
    },
  };
}
