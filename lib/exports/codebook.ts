import type { CsvCellMode } from "../csv/formula-cells";
import type { TextRow } from "./read-session";
import type { ExportTable } from "./tables";

export const CODEBOOK_HEADER = ["file", "column", "type", "meaning", "allowed_values"];

/** What the export did to text cells that a spreadsheet would run as formulas (lib/csv/formula-cells.ts). */
export function formulaCellsNote(cells: CsvCellMode): TextRow {
  const meaning =
    cells === "safe"
      ? "Text cells (type string) that begin with = + - @, a tab or a carriage return start with an added ' (apostrophe), " +
        "so spreadsheets show them as text instead of running them as formulas: drop that first character to get the " +
        "stored text. Numbers, dates, codes and ids are never changed. Ask for csvCells=raw to get the cells as stored."
      : "Exported with csvCells=raw: text cells are exactly as stored, including ones that begin with = + - @, a tab " +
        "or a carriage return, which a spreadsheet may run as formulas. Open these files in a spreadsheet with care.";
  return ["*.csv", "", "cells", meaning, cells];
}

/**
 * The codebook: one row per column of every CSV file (name, type, meaning, allowed values), plus one row per file
 * (column empty) saying what a row of it is, after a first row on how text cells were written. A CSV itself, so it
 * opens in the same tools as the data.
 */
export function codebookRows(tables: readonly ExportTable[], cells: CsvCellMode = "safe"): TextRow[] {
  return [
    formulaCellsNote(cells),
    ...tables.flatMap((t) => [
      [`${t.name}.csv`, "", "file", t.description, ""],
      ...t.columns.map((c) => [`${t.name}.csv`, c.name, c.type, c.meaning, c.allowed]),
    ]),
  ];
}
