import { z } from "zod";
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

function refineTable(value: { format: ExportFormat; table?: string }, ctx: z.RefinementCtx) {
  if (value.table && value.format !== "csv") ctx.addIssue({ code: "custom", path: ["table"], message: "applies to the csv format only" });
}

/** GET /api/exports: the format, an optional single CSV table, and the shared dataset filter (unknown keys refused). */
export const exportQuerySchema = z
  .strictObject({ ...datasetFilterFields, format, table })
  .superRefine(refineDateRange)
  .superRefine(refineTable);
export type ExportQuery = z.output<typeof exportQuerySchema>;

/** POST /api/exports/snapshots: the same, as a JSON body. */
export const createSnapshotBodySchema = exportQuerySchema;

export function filterOf(query: ExportQuery): DatasetFilter {
  const { format: _format, table: _table, ...filter } = query;
  return filter;
}

export const snapshotIdSchema = z.uuid();
