import type { DatasetFilter } from "../filters/dataset-filter";
import { CODEBOOK_HEADER, codebookRows } from "./codebook";
import { crlfRecords, csvRecords } from "./csv-text";
import type { ExportFile } from "./export-file";
import { OBSERVATIONS_TABLE } from "./observations-table";
import type { CopyOptions, ReadSession } from "./read-session";
import { TABLES, tableQuery, type ExportTable } from "./tables";

export const CSV_TABLES: readonly ExportTable[] = [...TABLES, OBSERVATIONS_TABLE];
export const CSV_TABLE_NAMES = CSV_TABLES.map((t) => t.name);
const CSV_TYPE = "text/csv; charset=utf-8";

/**
 * One table as CSV: the header, then the rows — from PostgreSQL's COPY where it streams (the database formats the
 * CSV; 3× faster than formatting rows in JS), else from a cursor formatted the same way (csv-text.ts).
 */
export function csvTableFile(session: ReadSession, table: ExportTable, filter: DatasetFilter, signal?: AbortSignal, options: CopyOptions = {}): ExportFile {
  let rows = 0;
  return {
    name: `${table.name}.csv`,
    contentType: CSV_TYPE,
    rows: () => rows,
    async *content() {
      yield Buffer.from(csvRecords([table.columns.map((c) => c.name)]));
      const query = tableQuery(table, filter);
      const copy = session.copyCsv(query, signal, { fastStart: Boolean(options.fastStart && table.keyOrdered) });
      if (copy) {
        const convert = crlfRecords();
        for await (const chunk of copy) {
          yield convert(chunk);
          rows = convert.records;
        }
        return;
      }
      for await (const batch of session.batches(query, { signal, first: 500, size: 5000 })) {
        rows += batch.length;
        yield Buffer.from(csvRecords(batch), "utf8");
      }
    },
  };
}

export function codebookFile(tables: readonly ExportTable[] = CSV_TABLES): ExportFile {
  const rows = codebookRows(tables);
  return {
    name: "codebook.csv",
    contentType: CSV_TYPE,
    rows: () => rows.length,
    async *content() {
      yield Buffer.from(csvRecords([CODEBOOK_HEADER, ...rows]), "utf8");
    },
  };
}

/** Every table, then the codebook: what the CSV download (a ZIP) holds. */
export function csvFiles(session: ReadSession, filter: DatasetFilter, signal?: AbortSignal, options: CopyOptions = {}): ExportFile[] {
  return [...CSV_TABLES.map((t) => csvTableFile(session, t, filter, signal, options)), codebookFile()];
}
