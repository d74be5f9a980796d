import { z } from "zod";
import { ItemKind, Verdict } from "../generated/prisma/enums";
import { ApiError } from "../http/errors";
import { kindToken, enumToken } from "./normalise-cell";
import { LIST_SEPARATORS } from "./parse/list-cell";
import { foldHeader, isTargetField, LIST_FIELDS, type TargetField } from "./target-fields";
import { DATE_FORMATS, parseDate } from "./values/dates";

const DATE_FIELDS: ReadonlySet<string> = new Set(["sighting.observedAt", "item.publishedAt"]);
const COUNT_FIELDS: ReadonlySet<string> = new Set(["sighting.views", "sighting.shares", "sighting.reactions"]);
/** A constant identity would make every row the same row (or the same file): never a constant. */
const NO_CONSTANT: ReadonlySet<string> = new Set(["rowKey", "item.fileSha256", "item.url", "sighting.url"]);

const targetField = z.string().refine(isTargetField, { error: "is not a known target field" });

/** How one column's cells are read: list separator, first-of-list for a single-valued field, date format. */
const columnTransformSchema = z
  .object({ split: z.enum(LIST_SEPARATORS).optional(), first: z.boolean().optional(), dateFormat: z.enum(DATE_FORMATS).optional() })
  .strict();

/**
 * Column → target field (null: not imported, and the report says so), constants for fields no column fills
 * (`{ "item.platform": "x" }`), per-column transforms, and rows grouped into a campaign or narrative by a shared
 * value. See docs/import-mappings.md.
 */
export const importMappingSchema = z
  .object({
    columns: z.record(z.string().max(300), targetField.nullable()),
    defaultKind: z.enum(ItemKind).default("other"),
    constants: z.record(z.string(), z.union([z.string().max(2048), z.number(), z.array(z.string().max(500)).max(100)])).default({}),
    transforms: z.record(z.string().max(300), columnTransformSchema).default({}),
    groupBy: z.object({ column: z.string().max(300), as: z.enum(["campaign", "narrative"]) }).strict().optional(),
    /** Value warnings fail their row instead of being kept as written. */
    strict: z.boolean().default(false),
  })
  .strict()
  .superRefine((mapping, ctx) => {
    const seen = new Map<string, string>();
    for (const [column, target] of Object.entries(mapping.columns)) {
      if (!target) continue;
      const other = seen.get(target);
      if (other) ctx.addIssue({ code: "custom", path: ["columns", column], message: `maps to ${target}, which "${other}" already fills` });
      seen.set(target, column);
    }
    for (const [field, value] of Object.entries(mapping.constants)) {
      const problem = constantProblem(field, value);
      if (problem) ctx.addIssue({ code: "custom", path: ["constants", field], message: problem });
    }
  });
export type ImportMapping = z.output<typeof importMappingSchema>;
export type ImportMappingInput = z.input<typeof importMappingSchema>;

/** Why a constant cannot fill `field` (wrong type, unknown value), or null when it can. */
function constantProblem(field: string, value: string | number | string[]): string | null {
  if (!isTargetField(field)) return "is not a known target field";
  if (NO_CONSTANT.has(field)) return "identifies a row or its content and cannot be a constant";
  const isList = LIST_FIELDS.has(field as TargetField);
  if (Array.isArray(value) && !isList) return `takes one value, not a list`;
  if (COUNT_FIELDS.has(field)) return Number.isInteger(Number(value)) && Number(value) >= 0 && value !== "" ? null : "must be a whole number ≥ 0";
  if (typeof value === "number") return "must be text";
  if (DATE_FIELDS.has(field)) return typeof value === "string" && parseDate(value, "iso") ? null : "must be an ISO 8601 date (2024-05-01)";
  if (field === "item.kind") return (ItemKind as Record<string, string>)[kindToken(String(value))] ? null : `must be one of ${Object.values(ItemKind).join(", ")}`;
  if (field === "item.verdict") return (Verdict as Record<string, string>)[enumToken(String(value))] ? null : `must be one of ${Object.values(Verdict).join(", ")}`;
  if (!isList && String(value).trim() === "") return "must not be empty";
  return null;
}

/**
 * The mapping refers to this file: every column it names exists (422 naming it otherwise), and the file is not
 * absurdly wide. Runs wherever a mapping meets a file (preview, start, CLI) before anything is written.
 */
export function checkMappingAgainstFile(mapping: ImportMapping, headers: readonly string[]): void {
  checkFileWidth(headers);
  const known = new Set(headers);
  const missing = [
    ...Object.entries(mapping.columns).filter(([c, t]) => t && !known.has(c)).map(([c]) => ({ path: `mapping.columns.${c}`, column: c })),
    ...Object.keys(mapping.transforms).filter((c) => !known.has(c)).map((c) => ({ path: `mapping.transforms.${c}`, column: c })),
    ...(mapping.groupBy && !known.has(mapping.groupBy.column) ? [{ path: "mapping.groupBy.column", column: mapping.groupBy.column }] : []),
  ];
  if (missing.length) {
    throw new ApiError(422, "invalid_request", `The mapping names ${missing.length > 1 ? "columns" : "a column"} the file does not have: ${missing.map((m) => `"${m.column}"`).join(", ")}`,
      missing.map((m) => ({ path: m.path, message: `"${m.column}" is not a column of this file` })));
  }
}

/** A file wider than any real sheet gets a clear 422 before any guess or dry run reads its columns. */
export function checkFileWidth(headers: readonly string[]): void {
  if (headers.length > MAX_COLUMNS) {
    throw new ApiError(422, "too_many_columns", `The file has ${headers.length} columns; imports read at most ${MAX_COLUMNS}`, [
      { path: "file", message: `must have at most ${MAX_COLUMNS} columns` },
    ]);
  }
}

/** Wider than any real sheet; a 100k-column file is a broken or hostile one. */
export const MAX_COLUMNS = 2_000;

/** Identifies a file layout regardless of column order, for "saved for next time". */
export function headerSignature(format: string, headers: readonly string[]): string {
  return `${format}:${[...new Set(headers.map(foldHeader))].sort().join("|")}`;
}

/** A saved mapping, reconciled with this file's exact headers (a saved one may miss new columns). */
export function adaptMapping(saved: ImportMapping, headers: readonly string[]): ImportMapping {
  const byFolded = new Map(Object.entries(saved.columns).map(([h, t]) => [foldHeader(h), t]));
  const actual = new Map(headers.map((h) => [foldHeader(h), h]));
  const columns = Object.fromEntries(headers.map((h) => [h, byFolded.get(foldHeader(h)) ?? null]));
  const transforms = Object.fromEntries(
    Object.entries(saved.transforms).flatMap(([c, t]) => (actual.has(foldHeader(c)) ? [[actual.get(foldHeader(c))!, t]] : [])),
  );
  const groupBy = saved.groupBy && actual.has(foldHeader(saved.groupBy.column)) ? { ...saved.groupBy, column: actual.get(foldHeader(saved.groupBy.column))! } : undefined;
  return { ...saved, columns, transforms, groupBy };
}
