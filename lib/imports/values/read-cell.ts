import { parseListCell, type ListSeparator } from "../parse/list-cell";
import { parseDate, type DateFormat } from "./dates";

/** One mapped column's cell as text, or undefined when empty. Arrays (JSON files) are kept as arrays. */
export function cellValue(value: unknown): string | string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) {
    const items = value.flatMap((v) => (v === null || v === undefined ? [] : [typeof v === "string" ? v : JSON.stringify(v)]));
    return items.length ? items : undefined;
  }
  const text = typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.trim() === "" ? undefined : text;
}

/** A cell's list items, by the column's separator (brackets and `;`/`|` by default). */
export function listItems(cell: string | string[], split: ListSeparator | undefined): string[] {
  return parseListCell(cell, split ?? "auto");
}

/** A date cell as an ISO string when the column's format reads it; otherwise the cell as written (validation names it). */
export function dateValue(cell: string, format: DateFormat | undefined): string {
  const d = parseDate(cell, format ?? "iso");
  return d ? d.toISOString() : cell.trim();
}
