import type { ImportFormat } from "./parse/formats";
import { readRecords, type SourceRecord } from "./parse/read-records";

/** Rows the mapping guess and the dry run look at: enough to see a column's shapes, cheap to read again. */
export const HEAD_ROWS = 1_000;

/** The first `limit` rows of a tabular file, as the job will read them. */
export async function readHead(path: string, format: Exclude<ImportFormat, "stix">, limit = HEAD_ROWS): Promise<SourceRecord[]> {
  const rows: SourceRecord[] = [];
  for await (const record of readRecords(path, format)) {
    rows.push(record);
    if (rows.length >= limit) break;
  }
  return rows;
}
