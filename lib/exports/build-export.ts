import type { Database } from "../db/client";
import { canonicalFilter, type DatasetFilter } from "../filters/dataset-filter";
import { itemFilterSql } from "../filters/dataset-filter-sql";
import type { Role } from "../auth/permissions";
import { ApiError } from "../http/errors";
import { csvFiles, csvTableFile, CSV_TABLES } from "./csv-export";
import { measured, type ExportFile, type FileSummary } from "./export-file";
import { EXPORT_WRITERS } from "./format-writers";
import { awaitReadCapacity, openReadSession } from "./read-session";
import { assertWithinRowCap } from "./row-cap";
import type { ExportFormat } from "./schemas";
import type { CsvCellMode } from "../csv/formula-cells";
import { zipStream } from "./zip";

export interface ExportRequest {
  format: ExportFormat;
  filter: DatasetFilter;
  /** CSV only: one table as a plain .csv instead of the ZIP of all tables. */
  table?: string;
  /** CSV only: formula-neutralised text cells ("safe", the default) or as stored ("raw"); lib/csv/formula-cells.ts. */
  cells?: CsvCellMode;
  /** CSV only: each file starts with a UTF-8 BOM, for Excel. */
  spreadsheet?: boolean;
}

export interface ExportManifest {
  format: ExportFormat;
  /** CSV only: how text cells were written, and whether files start with a BOM. */
  csv?: { cells: CsvCellMode; spreadsheet: boolean };
  filter: DatasetFilter;
  generatedAt: string;
  items: number;
  files: FileSummary[];
  snapshotId?: string;
}

export interface PreparedExport {
  fileName: string;
  contentType: string;
  /** Items in the subset, counted before the first byte (the UI's progress denominator). */
  items: number;
  body(): AsyncGenerator<Buffer>;
  /** The files one by one (each must be read to its end before the next), for snapshots. */
  files(): AsyncGenerator<ExportFile>;
  /** Filled in as the body is read; complete once it has been read to the end. */
  manifest: ExportManifest;
}

/** Refuses a campaign slug that names nothing (a typo would otherwise export an empty, valid-looking file). */
export async function checkFilterReferences(database: Pick<Database, "prisma">, filter: DatasetFilter): Promise<void> {
  if (!filter.campaign) return;
  const found = await database.prisma.campaign.findFirst({ where: { slug: filter.campaign, deletedAt: null }, select: { id: true } });
  if (!found) throw new ApiError(422, "invalid_request", `Invalid campaign`, [{ path: "campaign", message: `no campaign with the slug "${filter.campaign}"` }]);
}

/**
 * Items in the subset, and live items in all (whether the subset is most of the table). Two plain counts rather than
 * one pass with `count(*) FILTER (…)`: each can be an index-only scan of a live-row index (20 ms for 100k items)
 * where the filtered pass read the whole wide table (250 ms) — and the first byte waits for this.
 */
export async function countItems(database: Pick<Database, "prisma">, filter: DatasetFilter): Promise<{ items: number; total: number }> {
  const [row] = await database.prisma.$queryRaw<{ items: number; total: number }[]>`SELECT
    (SELECT count(*) FROM items i WHERE ${itemFilterSql(filter, "i")})::int AS items,
    (SELECT count(*) FROM items i WHERE i.deleted_at IS NULL)::int AS total`;
  return row;
}

/**
 * An export ready to stream: checks done and counted up front (so a bad request is a clean 4xx, never a broken
 * download), the database read lazily as the body is consumed. The read session closes when the body ends or
 * the consumer stops (a disconnected client: `return()` on the generator, or the abort signal between batches).
 */
export async function prepareExport(
  database: Pick<Database, "prisma" | "driver">,
  request: ExportRequest,
  options: { signal?: AbortSignal; now?: Date; baseUrl?: string; role?: Role } = {},
): Promise<PreparedExport> {
  const filter = canonicalFilter(request.filter);
  await checkFilterReferences(database, filter);
  const { items, total } = await countItems(database, filter);
  // Most of the table: items.csv streams in key order rather than sorting it all before the first row
  // (read-session.ts); other tables keep the planner's choice (without sorts the observations join ran for minutes).
  const fastStart = items > 5000 && items * 2 > total;
  if (options.role) assertWithinRowCap(items, options.role);
  await awaitReadCapacity(database);
  const now = options.now ?? new Date();
  const base = `sightline-${filter.campaign ? `${filter.campaign}-` : ""}${now.toISOString().slice(0, 10)}`;
  const csv = request.format === "csv" ? { cells: request.cells ?? "safe", spreadsheet: request.spreadsheet ?? false } : undefined;
  const manifest: ExportManifest = { format: request.format, ...(csv && { csv }), filter, generatedAt: now.toISOString(), items, files: [] };
  const csvOptions = { fastStart, cells: csv?.cells, bom: csv?.spreadsheet };
  const writer = EXPORT_WRITERS[request.format];
  const single = request.format !== "csv" || request.table !== undefined;
  async function* files(): AsyncGenerator<ExportFile> {
    const session = await openReadSession(database);
    const record = (file: ExportFile) => measured(file, (s) => manifest.files.push(s));
    try {
      if (request.format === "csv" && request.table) {
        yield record(csvTableFile(session, CSV_TABLES.find((t) => t.name === request.table)!, filter, options.signal, csvOptions));
      } else if (request.format === "csv") {
        for (const file of csvFiles(session, filter, options.signal, csvOptions)) yield record(file);
      } else {
        yield record(writer.file(session, filter, { signal: options.signal, now, database, baseUrl: options.baseUrl }));
      }
    } finally {
      await session.close();
    }
  }
  return {
    items,
    manifest,
    fileName: single ? `${base}-${request.table ? `${request.table}.csv` : writer.fileName}` : `${base}-csv.zip`,
    contentType: single ? (request.table ? "text/csv; charset=utf-8" : writer.contentType) : "application/zip",
    files,
    async *body() {
      if (!single) {
        yield* zipStream((async function* () {
          yield* files();
          yield manifestEntry(manifest);
        })(), now);
        return;
      }
      for await (const file of files()) yield* file.content();
    },
  };
}

/** manifest.json, last in the ZIP: by then every file's rows, bytes and SHA-256 are known. */
function manifestEntry(manifest: ExportManifest) {
  return {
    name: "manifest.json",
    async *content() {
      yield Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8");
    },
  };
}

