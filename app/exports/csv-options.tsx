"use client";

import type { CsvCellMode } from "@/lib/csv/formula-cells";
import styles from "./exports.module.css";

export interface CsvOptionValues {
  csvCells: CsvCellMode;
  spreadsheet: "0" | "1";
}

/** The CSV format's two choices: a BOM for Excel, and (for researchers who need exact text) raw formula-like cells. */
export function CsvOptions({ values, onChange }: { values: CsvOptionValues; onChange: (next: Partial<CsvOptionValues>) => void }) {
  return (
    <fieldset className={styles.csvOptions}>
      <legend>CSV options</legend>
      <label>
        <input type="checkbox" checked={values.spreadsheet === "1"} onChange={(e) => onChange({ spreadsheet: e.target.checked ? "1" : "0" })} />{" "}
        For Excel: start each file with a UTF-8 byte order mark, so Polish and Cyrillic text shows correctly
      </label>
      <label>
        <input type="checkbox" checked={values.csvCells === "raw"} onChange={(e) => onChange({ csvCells: e.target.checked ? "raw" : "safe" })} />{" "}
        Raw text cells: keep text starting with = + - @ exactly as stored (by default it gets a leading &apos; so a
        spreadsheet cannot run it as a formula; the codebook says which was done)
      </label>
    </fieldset>
  );
}

/** The query parameters these choices add to a CSV export (none when left at their defaults). */
export function csvOptionParams(format: string, values: CsvOptionValues): Record<string, string | undefined> {
  if (format !== "csv") return {};
  return { csvCells: values.csvCells === "raw" ? "raw" : undefined, spreadsheet: values.spreadsheet === "1" ? "1" : undefined };
}
