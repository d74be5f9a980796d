import { ApiError } from "../http/errors";
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
 * More columns than any real sheet of sightings has. Above it the mapping the editor sends back (one entry per
 * column) would pass the 1 MiB body limit, so the job could never start: refuse the file at upload instead.
 */
export const MAX_IMPORT_COLUMNS = 2_000;

function tooManyColumns(count: number): ApiError {
  return new ApiError(422, "too_many_columns", `The file has ${count > MAX_IMPORT_COLUMNS ? `more than ${MAX_IMPORT_COLUMNS}` : count} columns; imports take at most ${MAX_IMPORT_COLUMNS}`, [
    { path: "file", message: `must have at most ${MAX_IMPORT_COLUMNS} columns` },
  ]);
}

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
    if (headers.size > MAX_IMPORT_COLUMNS) throw tooManyColumns(headers.size);
    if (sample.length < PREVIEW_ROWS) sample.push(record);
  }
  return { headers: [...headers], totalRows, sample };
}
