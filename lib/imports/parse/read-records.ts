import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { parse } from "csv-parse";
import { nestingProblem } from "../../http/json-value";
import type { ImportFormat } from "./formats";
import { IMPORT_LIMITS, malformedFile, tooManyRows } from "./limits";

/** One data row as read from the file: 1-based (a CSV's header is not a row), or why it could not be read. */
export interface SourceRecord {
  rowNumber: number;
  values: Record<string, unknown> | null;
  error?: { field: string; reason: string };
}

/** Streams the rows of a tabular file (CSV, JSON, JSONL); STIX bundles are read by lib/imports/stix. */
export async function* readRecords(path: string, format: Exclude<ImportFormat, "stix">): AsyncGenerator<SourceRecord> {
  let count = 0;
  const source = format === "csv" ? readCsv(path) : format === "jsonl" ? readJsonl(path) : readJson(path);
  for await (const record of source) {
    if (++count > IMPORT_LIMITS.maxRows) throw tooManyRows();
    yield record;
  }
}

async function* readCsv(path: string): AsyncGenerator<SourceRecord> {
  const delimiter = await guessDelimiter(path);
  const parser = createReadStream(path).pipe(
    parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, max_record_size: IMPORT_LIMITS.maxCellChars }),
  );
  let headers: string[] | null = null;
  let rowNumber = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      if (!headers) {
        headers = cells.map((h, i) => h.trim() || `column ${i + 1}`);
        continue;
      }
      rowNumber++;
      if (cells.every((c) => c.trim() === "")) {
        yield { rowNumber, values: null, error: { field: "(row)", reason: "the row is empty" } };
      } else if (cells.length !== headers.length) {
        const reason = `the row has ${cells.length} cells but the header has ${headers.length} (a stray delimiter or quote?)`;
        yield { rowNumber, values: null, error: { field: "(row)", reason } };
      } else {
        yield { rowNumber, values: Object.fromEntries(headers.map((h, i) => [h, cells[i]])) };
      }
    }
  } catch (error) {
    throw malformedFile("csv", error instanceof Error ? error.message : String(error));
  }
}

/** Semicolons (European Excel) and tabs are common; count them in the header line, outside quotes. */
async function guessDelimiter(path: string): Promise<string> {
  const lines = createInterface({ input: createReadStream(path, { end: 65_535 }), crlfDelay: Infinity });
  let first = "";
  for await (const line of lines) {
    first = line;
    break;
  }
  lines.close();
  const unquoted = first.replace(/"[^"]*"/g, "");
  const counts = [",", ";", "\t"].map((d) => [d, unquoted.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

async function* readJsonl(path: string): AsyncGenerator<SourceRecord> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let rowNumber = 0;
  for await (const raw of lines) {
    const line = rowNumber === 0 ? raw.replace(/^\uFEFF/, "") : raw;
    if (!line.trim()) continue;
    rowNumber++;
    yield toRecord(rowNumber, () => JSON.parse(line) as unknown);
  }
}

async function* readJson(path: string): AsyncGenerator<SourceRecord> {
  let document: unknown;
  try {
    document = JSON.parse((await readFile(path, "utf8")).replace(/^\uFEFF/, ""));
  } catch (error) {
    throw malformedFile("json", error instanceof Error ? error.message : String(error));
  }
  // flatten() below recurses: a 100k-deep document must be refused here, not overflow the stack.
  const tooDeep = nestingProblem(document);
  if (tooDeep) throw malformedFile("json", tooDeep);
  const rows = Array.isArray(document) ? document : isObject(document) && Array.isArray(document.items) ? document.items : null;
  if (!rows) throw malformedFile("json", "expected an array of objects or { \"items\": [ … ] }");
  for (const [i, row] of rows.entries()) yield toRecord(i + 1, () => row as unknown);
}

function toRecord(rowNumber: number, read: () => unknown): SourceRecord {
  let value: unknown;
  try {
    value = read();
  } catch (error) {
    return { rowNumber, values: null, error: { field: "(row)", reason: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` } };
  }
  if (!isObject(value)) return { rowNumber, values: null, error: { field: "(row)", reason: "the row is not a JSON object" } };
  const tooDeep = nestingProblem(value);
  if (tooDeep) return { rowNumber, values: null, error: { field: "(row)", reason: tooDeep } };
  return { rowNumber, values: flatten(value) };
}

/** Nested objects become dotted columns ("item.title"), so JSON in the ingest shape maps itself. */
function flatten(value: Record<string, unknown>, prefix = "", out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [key, v] of Object.entries(value)) {
    if (isObject(v)) flatten(v, `${prefix}${key}.`, out);
    else out[`${prefix}${key}`] = v;
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
