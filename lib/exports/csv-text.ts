import type { TextRow } from "./read-session";

/**
 * CSV exactly as PostgreSQL's COPY … (FORMAT csv) writes it, so the COPY path (PostgreSQL) and the cursor path
 * (PGlite) give the same bytes: NULL is an empty field, an empty string is "", a field is quoted when it holds a
 * comma, a quote, CR or LF (or is the COPY end marker \.). Records end with CRLF (RFC 4180).
 */
export function csvField(value: string | null): string {
  if (value === null) return "";
  if (value === "" || value === "\\.") return `"${value}"`;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRecords(rows: readonly TextRow[]): string {
  let out = "";
  for (const row of rows) out += row.map(csvField).join(",") + "\r\n";
  return out;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CRLF = Buffer.from("\r\n");

/**
 * COPY ends records with LF; RFC 4180 wants CRLF. A newline inside a quoted field is data and stays as it is, so
 * this tracks whether the stream is inside quotes across chunks (each `"` toggles; an escaped `""` toggles twice).
 */
export function crlfRecords(): ((chunk: Buffer) => Buffer) & { records: number } {
  let quoted = false;
  const convert = (chunk: Buffer) => {
    const parts: Buffer[] = [];
    let start = 0;
    let scan = 0;
    for (;;) {
      const lf = chunk.indexOf(LF, scan);
      const end = lf === -1 ? chunk.length : lf;
      for (let q = chunk.indexOf(QUOTE, scan); q !== -1 && q < end; q = chunk.indexOf(QUOTE, q + 1)) quoted = !quoted;
      if (lf === -1) break;
      if (!quoted) {
        convert.records++;
        parts.push(chunk.subarray(start, lf), CRLF);
        start = lf + 1;
      }
      scan = lf + 1;
    }
    if (!parts.length) return chunk;
    parts.push(chunk.subarray(start));
    return Buffer.concat(parts);
  };
  convert.records = 0;
  return convert;
}
