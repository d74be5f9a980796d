import type { Database } from "../db/client";
import { canonicalFilter, type DatasetFilter } from "../filters/dataset-filter";
import { itemFilterSql } from "../filters/dataset-filter-sql";
import { ApiError } from "../http/errors";
import { csvFiles, csvTableFile, CSV_TABLES } from "./csv-export";
import { measured, type ExportFile, type FileSummary } from "./export-file";
import { EXPORT_WRITERS } from "./format-writers";
import { openReadSession } from "./read-session";
import type { ExportFormat } from "./schemas";
import { zipStream } from "./zip";

export interface ExportRequest {
  format: ExportFormat;
  filter: DatasetFilter;
  /** CSV only: one table as a plain .csv instead of the ZIP of all tables. */
  table?: string;
}

export interface ExportManifest {
  format: ExportFormat;
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
  /** Filled in as the body is read; complete once it has been read to the end. */
  manifest: ExportManifest;
}

/** Refuses a campaign slug that names nothing (a typo would otherwise export an empty, valid-looking file). */
export async function checkFilterReferences(database: Pick<Database, "prisma">, filter: DatasetFilter): Promise<void> {
  if (!filter.campaign) return;
  const found = await database.prisma.campaign.findFirst({ where: { slug: filter.campaign, deletedAt: null }, select: { id: true } });
  if (!found) throw new ApiError(422, "invalid_request", `Invalid campaign`, [{ path: "campaign", message: `no campaign with the slug "${filter.campaign}"` }]);
}

export async function countItems(database: Pick<Database, "prisma">, filter: DatasetFilter): Promise<number> {
  const [row] = await database.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM items i WHERE ${itemFilterSql(filter, "i")}`;
  return row.n;
}

/**
 * An export ready to stream: checks done and counted up front (so a bad request is a clean 4xx, never a broken
 * download), the database read lazily as the body is consumed. The read session closes when the body ends or
 * the consumer stops (a disconnected client: `return()` on the generator, or the abort signal between batches).
 */
export async function prepareExport(
  database: Pick<Database, "prisma" | "driver">,
  request: ExportRequest,
  options: { signal?: AbortSignal; now?: Date; items?: number } = {},
): Promise<PreparedExport> {
  const filter = canonicalFilter(request.filter);
  await checkFilterReferences(database, filter);
  const items = options.items ?? (await countItems(database, filter));
  const now = options.now ?? new Date();
  const stamp = now.toISOString().slice(0, 10);
  const base = `sightline-${filter.campaign ? `${filter.campaign}-` : ""}${stamp}`;
  const manifest: ExportManifest = { format: request.format, filter, generatedAt: now.toISOString(), items, files: [] };
  const writer = EXPORT_WRITERS[request.format];
  const single = request.format !== "csv" || request.table !== undefined;
  const record = (file: ExportFile) => measured(file, (s) => manifest.files.push(s));
  return {
    items,
    manifest,
    fileName: single ? `${base}-${request.table ?? writer.fileName}` : `${base}-csv.zip`,
    contentType: single ? writer.contentType : "application/zip",
    async *body() {
      const session = await openReadSession(database);
      try {
        if (request.format === "csv" && request.table) {
          const table = CSV_TABLES.find((t) => t.name === request.table)!;
          yield* record(csvTableFile(session, table, filter, options.signal)).content();
        } else if (request.format === "csv") {
          const files = csvFiles(session, filter, options.signal).map(record);
          yield* zipStream([...files, manifestEntry(manifest)], now);
        } else {
          yield* record(writer.file(session, filter, { signal: options.signal, now, database })).content();
        }
      } finally {
        await session.close();
      }
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

