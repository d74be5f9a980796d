import { z } from "zod";
import { CSV_CELL_MODES } from "../csv/formula-cells";
import { datasetFilterFields, refineDateRange, type DatasetFilter } from "../filters/dataset-filter";

export const EXPORT_FORMATS = ["csv", "jsonl", "stix", "gexf", "graphml", "claimreview"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** CSV files a single-table download may name (the ZIP holds them all). */
export const CSV_TABLE_CHOICES = [
  "items", "sightings", "campaigns", "item_campaigns", "threat_actors", "persons", "item_persons", "organizations",
  "item_organizations", "accounts", "narratives", "item_narratives", "item_techniques", "annotations", "observations",
] as const;

const format = z.enum(EXPORT_FORMATS, { error: `must be one of ${EXPORT_FORMATS.join(", ")}` });
const table = z.enum(CSV_TABLE_CHOICES, { error: `must be one of ${CSV_TABLE_CHOICES.join(", ")}` }).optional();

/** "safe" (default): text cells that would run as spreadsheet formulas get a leading '; "raw": as stored. */
const csvCells = z.enum(CSV_CELL_MODES, { error: `must be one of ${CSV_CELL_MODES.join(", ")}` }).optional();
/** "1": each CSV starts with a UTF-8 byte order mark, so Excel shows Polish and Cyrillic text right. */
const spreadsheet = z.enum(["0", "1"], { error: "must be 0 or 1" }).optional();

function refineTable(value: { format: ExportFormat; table?: string; csvCells?: string; spreadsheet?: string }, ctx: z.RefinementCtx) {
  for (const key of ["table", "csvCells", "spreadsheet"] as const) {
    if (value[key] !== undefined && value.format !== "csv") ctx.addIssue({ code: "custom", path: [key], message: "applies to the csv format only" });
  }
}

/** GET /api/exports: the format, CSV options, and the shared dataset filter (unknown keys refused). */
export const exportQuerySchema = z
  .strictObject({ ...datasetFilterFields, format, table, csvCells, spreadsheet })
  .superRefine(refineDateRange)
  .superRefine(refineTable);
export type ExportQuery = z.output<typeof exportQuerySchema>;

/** POST /api/exports/snapshots: the same, as a JSON body. */
export const createSnapshotBodySchema = exportQuerySchema;

export function filterOf(query: ExportQuery): DatasetFilter {
  const { format: _format, table: _table, csvCells: _cells, spreadsheet: _spreadsheet, ...filter } = query;
  return filter;
}

/** What prepareExport takes, from a parsed query or body. */
export function exportRequestOf(query: ExportQuery) {
  return {
    format: query.format,
    filter: filterOf(query),
    table: query.table,
    cells: query.csvCells ?? "safe",
    spreadsheet: query.spreadsheet === "1",
  } as const;
}

export const snapshotIdSchema = z.uuid();
