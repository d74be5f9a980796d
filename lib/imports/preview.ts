import type { ImportMapping } from "./mapping";
import type { SourceRecord } from "./parse/read-records";
import { mapRow, type RowFailure } from "./row-input";

export interface PreviewRow {
  rowNumber: number;
  /** Cells as read, stringified; rendered as text, never HTML. */
  cells: Record<string, string>;
  /** Problems found with this mapping, by column ("(row)" for the row as a whole). */
  errors: RowFailure[];
}

/** The first rows mapped with `mapping`, with what would fail — the same validation the job runs. */
export function previewRows(sample: readonly SourceRecord[], mapping: ImportMapping): PreviewRow[] {
  return sample.map((record) => {
    const cells = Object.fromEntries(Object.entries(record.values ?? {}).map(([k, v]) => [k, cellText(v)]));
    if (!record.values) return { rowNumber: record.rowNumber, cells, errors: record.error ? [record.error] : [] };
    const mapped = mapRow(record.values, mapping);
    return { rowNumber: record.rowNumber, cells, errors: mapped.ok ? [] : mapped.failures };
  });
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}
