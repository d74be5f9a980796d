import type { DatasetFilter } from "../filters/dataset-filter";
import { CODEBOOK_HEADER, codebookRows } from "./codebook";
import { csvRecords } from "./csv-text";
import type { ExportFile } from "./export-file";
import { perItemBatches } from "./item-windows";
import { OBSERVATIONS_TABLE } from "./observations-table";
import type { CopyOptions, ReadSession } from "./read-session";
import { TABLES, tableQuery, type ExportTable, type PageRange } from "./tables";
import { UTF8_BOM } from "../csv/formula-cells";

export const CSV_TABLES: readonly ExportTable[] = [...TABLES, OBSERVATIONS_TABLE];
export const CSV_TABLE_NAMES = CSV_TABLES.map((t) => t.name);
const CSV_TYPE = "text/csv; charset=utf-8";

/** Heap pages per COPY when a table is read in storage order: ~2.6 MB of items.csv, under what one COPY buffers ahead. */
const PAGES_PER_RANGE = 640;

/**
 * One table as CSV: the header, then the rows — from PostgreSQL's COPY where it streams (the database formats the
 * CSV; 3× faster than formatting rows in JS), else from a cursor formatted the same way (csv-text.ts).
 *
 * Most of a big table (`fastStart`) is read in storage order, page range by page range, on two connections at once:
 * sequential reads instead of an index walk over the whole heap, and two cores formatting CSV instead of one (items.csv
 * of 100k items: PostgreSQL's part 1.06 s in key order on one connection, 0.4–0.6 s this way). Rows then come in
 * storage order, which is stable while the data does not change; smaller exports are in key order.
 */
export function csvTableFile(session: ReadSession, table: ExportTable, filter: DatasetFilter, signal?: AbortSignal, options: CopyOptions = {}): ExportFile {
  let rows = 0;
  return {
    name: `${table.name}.csv`,
    contentType: CSV_TYPE,
    rows: () => rows,
    async *content() {
      yield Buffer.from((options.bom ? UTF8_BOM : "") + csvRecords([table.columns.map((c) => c.name)]));
      const query = (f: typeof filter, pages?: PageRange) => tableQuery(table, f, pages, options.cells);
      const ranges = options.fastStart && table.storage ? await session.pageRanges(table.storage.table, options.pagesPerRange ?? PAGES_PER_RANGE) : null;
      const copy = ranges
        ? session.copyCsvParts(ranges.map((pages) => query(filter, pages)), signal)
        : session.copyCsv(query(filter), signal, { fastStart: Boolean(options.fastStart && table.storage) });
      if (copy) {
        for await (const chunk of copy.chunks) {
          rows = copy.records();
          yield chunk;
        }
        rows = copy.records();
        return;
      }
      const batches = table.perItem
        ? perItemBatches(session, filter, (f) => query(f), { signal, first: 500, size: 5000, windowItems: options.windowItems })
        : session.batches(query(filter), { signal, first: 500, size: 5000 });
      for await (const batch of batches) {
        rows += batch.length;
        yield Buffer.from(csvRecords(batch), "utf8");
      }
    },
  };
}

export function codebookFile(tables: readonly ExportTable[] = CSV_TABLES, options: CopyOptions = {}): ExportFile {
  const rows = codebookRows(tables, options.cells);
  return {
    name: "codebook.csv",
    contentType: CSV_TYPE,
    rows: () => rows.length,
    async *content() {
      yield Buffer.from((options.bom ? UTF8_BOM : "") + csvRecords([CODEBOOK_HEADER, ...rows]), "utf8");
    },
  };
}

/** Every table, then the codebook: what the CSV download (a ZIP) holds. */
export function csvFiles(session: ReadSession, filter: DatasetFilter, signal?: AbortSignal, options: CopyOptions = {}): ExportFile[] {
  return [...CSV_TABLES.map((t) => csvTableFile(session, t, filter, signal, options)), codebookFile(CSV_TABLES, options)];
}
