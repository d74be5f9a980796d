import { stringify } from "csv-stringify/browser/esm/sync";
import { tableCells, type DataTable } from "./chart-data-table";

/** RFC 4180 CSV of a chart's table: header row of column keys, CRLF line ends, UTF-8 (the caller adds no BOM). */
export function tableToCsv(table: DataTable): string {
  return stringify([table.columns.map((c) => c.key), ...tableCells(table).map((r) => r.map((v) => v ?? ""))], {
    record_delimiter: "windows",
  });
}

/** "sightings-over-time" + the filter → "sightline-sightings-over-time-country-PL.csv". */
export function csvFileName(chart: string, filter: Record<string, string | undefined | null>): string {
  const parts = Object.entries(filter)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}-${String(v).replace(/[^A-Za-z0-9-]+/g, "_")}`);
  return ["sightline", chart, ...parts].join("-") + ".csv";
}
