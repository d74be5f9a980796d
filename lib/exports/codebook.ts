import type { TextRow } from "./read-session";
import type { ExportTable } from "./tables";

export const CODEBOOK_HEADER = ["file", "column", "type", "meaning", "allowed_values"];

/**
 * The codebook: one row per column of every CSV file (name, type, meaning, allowed values), plus one row per file
 * (column empty) saying what a row of it is. A CSV itself, so it opens in the same tools as the data.
 */
export function codebookRows(tables: readonly ExportTable[]): TextRow[] {
  return tables.flatMap((t) => [
    [`${t.name}.csv`, "", "file", t.description, ""],
    ...t.columns.map((c) => [`${t.name}.csv`, c.name, c.type, c.meaning, c.allowed]),
  ]);
}
