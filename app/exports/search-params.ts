import { parseAsStringLiteral } from "nuqs/server";
import { CSV_CELL_MODES } from "@/lib/csv/formula-cells";
import { EXPORT_FORMATS } from "@/lib/exports/schemas";
import { datasetSearchParams } from "@/lib/filters/search-params";

/** The Exports page's URL state: the shared dataset filter plus the chosen format, so a link reopens the same export. */
export const exportsSearchParams = {
  ...datasetSearchParams,
  format: parseAsStringLiteral(EXPORT_FORMATS).withDefault("csv"),
  csvCells: parseAsStringLiteral(CSV_CELL_MODES).withDefault("safe"),
  spreadsheet: parseAsStringLiteral(["0", "1"] as const).withDefault("0"),
};
