import { stringify } from "csv-stringify/browser/esm/sync";
import { neutraliseFormula, UTF8_BOM } from "../csv/formula-cells";
import { tableCells, type DataTable } from "./chart-data-table";

/**
 * RFC 4180 CSV of a chart's table: header row of column keys, CRLF line ends, UTF-8. Text cells that a spreadsheet
 * would run as a formula get a leading ' (lib/csv/formula-cells.ts); numbers are written as numbers. `spreadsheet`
 * starts the file with a UTF-8 BOM, which Excel needs to read Polish or Cyrillic labels.
 */
export function tableToCsv(table: DataTable, options: { spreadsheet?: boolean } = {}): string {
  const cells = tableCells(table).map((row) => row.map((v) => (typeof v === "string" ? neutraliseFormula(v) : (v ?? ""))));
  const header = table.columns.map((c) => neutraliseFormula(c.key));
  return (options.spreadsheet ? UTF8_BOM : "") + stringify([header, ...cells], { record_delimiter: "windows" });
}

/** "sightings-over-time" + the filter → "sightline-sightings-over-time-country-PL.csv". */
export function csvFileName(chart: string, filter: Record<string, string | undefined | null>): string {
  const parts = Object.entries(filter)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}-${String(v).replace(/[^A-Za-z0-9-]+/g, "_")}`);
  return ["sightline", chart, ...parts].join("-") + ".csv";
}
