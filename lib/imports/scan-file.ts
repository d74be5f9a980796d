import type { ImportFormat } from "./parse/formats";
import { readRecords, type SourceRecord } from "./parse/read-records";
import { readStixObjects } from "./stix/read-bundle";

export interface FileScan {
  headers: string[];
  totalRows: number;
  sample: SourceRecord[];
}

export const PREVIEW_ROWS = 20;

/**
 * Reads the whole file once at upload: counts its rows (so progress has a total), collects the headers (for JSON,
 * every key seen in any row) and keeps the first rows for the preview. A file that cannot be parsed fails here,
 * before a job exists to half-run.
 */
export async function scanFile(path: string, format: ImportFormat): Promise<FileScan> {
  if (format === "stix") {
    const sample: SourceRecord[] = [];
    let totalRows = 0;
    for await (const { rowNumber, object: o } of readStixObjects(path)) {
      totalRows = rowNumber;
      if (sample.length < PREVIEW_ROWS) sample.push({ rowNumber, values: { type: o.type, id: o.id, name: o.name ?? o.value ?? "" } });
    }
    return { headers: ["type", "id", "name"], totalRows, sample };
  }
  const headers = new Set<string>();
  const sample: SourceRecord[] = [];
  let totalRows = 0;
  for await (const record of readRecords(path, format)) {
    totalRows++;
    if (record.values) for (const key of Object.keys(record.values)) headers.add(key);
    if (sample.length < PREVIEW_ROWS) sample.push(record);
  }
  return { headers: [...headers], totalRows, sample };
}
