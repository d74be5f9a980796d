import { parseAsStringLiteral } from "nuqs/server";
import { EXPORT_FORMATS } from "@/lib/exports/schemas";
import { datasetSearchParams } from "@/lib/filters/search-params";

/** The Exports page's URL state: the shared dataset filter plus the chosen format, so a link reopens the same export. */
export const exportsSearchParams = {
  ...datasetSearchParams,
  format: parseAsStringLiteral(EXPORT_FORMATS).withDefault("csv"),
};
