import type { ImportMapping } from "./mapping";
import type { SourceRecord } from "./parse/read-records";
import { mapRow } from "./row-input";
import { TARGET_FIELDS, type TargetField } from "./target-fields";

export interface DryRunColumn {
  column: string;
  field: string;
  /** Rows (of those looked at) with a value in this column, and how many read without a problem. */
  filled: number;
  parsed: number;
  /** Most frequent values that did not read, and what the import does with them. */
  failing: { value: string; count: number; outcome: "kept raw" | "row fails" }[];
}
export interface DryRun {
  rows: number;
  wouldImport: number;
  wouldFail: number;
  columns: DryRunColumn[];
  /** Row failures that name no single column, most frequent first. */
  rowProblems: { field: string; reason: string; count: number }[];
  /** What the mapping still needs (a constant to set, a column to map), in words and as a CLI flag. */
  asks: { message: string; flag?: string }[];
}

const TOP = 5;

/** The job's own row mapping run over the first rows, counted per column: nothing is written. */
export function dryRun(head: readonly SourceRecord[], mapping: ImportMapping): DryRun {
  const stats = new Map<string, { field: string; filled: number; bad: number; values: Map<string, { count: number; outcome: DryRunColumn["failing"][number]["outcome"] }> }>();
  for (const [column, field] of Object.entries(mapping.columns)) if (field) stats.set(column, { field, filled: 0, bad: 0, values: new Map() });
  for (const field of Object.keys(mapping.constants)) stats.set(`${field} (constant)`, { field, filled: 0, bad: 0, values: new Map() });
  const problems = new Map<string, { field: string; reason: string; count: number }>();
  let wouldImport = 0;
  let rows = 0;
  for (const record of head) {
    rows++;
    if (!record.values) {
      const key = `${record.error?.field}\u0000${record.error?.reason}`;
      problems.set(key, { field: record.error?.field ?? "(row)", reason: record.error?.reason ?? "unreadable row", count: (problems.get(key)?.count ?? 0) + 1 });
      continue;
    }
    for (const [column, s] of stats) {
      const v = column.endsWith(" (constant)") ? "x" : record.values[column];
      if (v !== undefined && v !== null && String(v).trim() !== "") s.filled++;
    }
    const row = mapRow(record.values, mapping);
    const note = (column: string, value: string, outcome: "kept raw" | "row fails") => {
      const s = stats.get(column);
      if (!s) return false;
      s.bad++;
      const key = value.length > 120 ? `${value.slice(0, 120)}…` : value;
      const entry = s.values.get(key) ?? { count: 0, outcome };
      entry.count++;
      s.values.set(key, entry);
      return true;
    };
    for (const [column, values] of Object.entries(row.rawValues ?? {})) for (const v of values) note(column, v, row.ok ? "kept raw" : mapping.strict ? "row fails" : "kept raw");
    if (row.ok) wouldImport++;
    else {
      for (const f of row.failures) {
        if (mapping.strict && row.rawValues?.[f.field]) continue;
        if (stats.has(f.field) && note(f.field, String(record.values[f.field] ?? ""), "row fails")) continue;
        const key = `${f.field}\u0000${f.reason}`;
        problems.set(key, { field: f.field, reason: f.reason, count: (problems.get(key)?.count ?? 0) + 1 });
      }
    }
  }
  const columns = [...stats].map(([column, s]) => ({
    column,
    field: s.field,
    filled: s.filled,
    parsed: Math.max(0, s.filled - s.bad),
    failing: [...s.values].map(([value, e]) => ({ value, ...e })).sort((a, b) => b.count - a.count).slice(0, TOP),
  }));
  return { rows, wouldImport, wouldFail: rows - wouldImport, columns, rowProblems: [...problems.values()].sort((a, b) => b.count - a.count), asks: asksOf(mapping, columns) };
}

/** Constants the file needs: a time for every sighting, a platform for account handles when no URL says one. */
function asksOf(mapping: ImportMapping, columns: DryRunColumn[]): DryRun["asks"] {
  const mapped = new Set<string>([...Object.values(mapping.columns).filter(Boolean), ...Object.keys(mapping.constants)] as string[]);
  const asks: DryRun["asks"] = [];
  if (!mapped.has("sighting.observedAt")) {
    asks.push({ message: `No column says when each sighting was seen: map one to “${TARGET_FIELDS["sighting.observedAt"].label}” or set a date for all rows`, flag: "--set observedAt=2024-01-31" });
  }
  const handle = columns.find((c) => c.field === "sighting.accountHandle");
  if (handle && handle.filled && handle.parsed < handle.filled && !mapped.has("item.platform") && !mapped.has("sighting.platform")) {
    asks.push({ message: `“${handle.column}” holds account handles, but nothing says on which platform: set one for all rows`, flag: "--set platform=<x|facebook|telegram|…>" });
  }
  return asks;
}

export function fieldLabel(field: string): string {
  return (TARGET_FIELDS as Record<string, { label: string }>)[field as TargetField]?.label ?? field;
}
