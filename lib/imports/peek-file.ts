import type { ImportFormat } from "./parse/formats";
import { readRecords, type SourceRecord } from "./parse/read-records";
import { PREVIEW_ROWS, scanFile } from "./scan-file";

const HEADER_ROWS = 1_000;

/**
 * Headers and the first rows without reading the whole file, for the mapping editor's repeated previews. JSON
 * headers come from the first 1,000 rows; the same function feeds the saved-mapping signature, so offer and save
 * agree.
 */
export async function peekFile(path: string, format: ImportFormat): Promise<{ headers: string[]; sample: SourceRecord[] }> {
  if (format === "stix") return scanFile(path, format);
  const headers = new Set<string>();
  const sample: SourceRecord[] = [];
  let n = 0;
  for await (const record of readRecords(path, format)) {
    if (record.values) for (const key of Object.keys(record.values)) headers.add(key);
    if (sample.length < PREVIEW_ROWS) sample.push(record);
    if (++n >= HEADER_ROWS) break;
  }
  return { headers: [...headers], sample };
}
