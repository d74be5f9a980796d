import { parse } from "csv-parse/sync";

/** A DISARM Red Framework tactic (TA01 … TA18), in framework order. */
export interface DisarmTacticRow {
  id: string;
  name: string;
  summary: string | null;
  phase: string;
  sortOrder: number;
}

/** A technique (T0087) or sub-technique (T0087.001, whose parentId is T0087). */
export interface DisarmTechniqueRow {
  id: string;
  name: string;
  summary: string | null;
  tacticId: string;
  parentId: string | null;
}

export const DISARM_TECHNIQUE_ID_PATTERN = /^T\d{4}(\.\d{3})?$/;

// The CSV export carries neither phase nor display order; both come from the framework's matrix
// (DISARM.json x-mitre-matrix tactic_refs), which orders tactics by phase: Plan, Prepare, Execute, Assess.
const FRAMEWORK_ORDER: ReadonlyArray<readonly [string, string]> = [
  ["TA01", "Plan"], ["TA02", "Plan"], ["TA13", "Plan"],
  ["TA14", "Prepare"], ["TA06", "Prepare"], ["TA15", "Prepare"], ["TA16", "Prepare"], ["TA05", "Prepare"],
  ["TA07", "Prepare"],
  ["TA08", "Execute"], ["TA09", "Execute"], ["TA17", "Execute"], ["TA18", "Execute"], ["TA10", "Execute"],
  ["TA11", "Execute"],
  ["TA12", "Assess"],
];

type CsvRecord = Record<string, string>;

function readRecords(csv: string, required: string[]): CsvRecord[] {
  const records = parse(csv, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as CsvRecord[];
  const header = records[0] ? Object.keys(records[0]) : [];
  const missing = required.filter((column) => !header.includes(column));
  if (missing.length) throw new Error(`DISARM CSV lacks column(s): ${missing.join(", ")}`);
  return records;
}

const orNull = (value: string | undefined) => (value && value.trim() ? value.trim() : null);

export function parseDisarmTactics(csv: string): DisarmTacticRow[] {
  const records = readRecords(csv, ["tactic_id", "name", "description"]);
  return records.map((record) => {
    const position = FRAMEWORK_ORDER.findIndex(([id]) => id === record.tactic_id);
    if (position < 0) throw new Error(`Unknown DISARM tactic ${record.tactic_id}: update FRAMEWORK_ORDER`);
    return {
      id: record.tactic_id,
      name: record.name,
      summary: orNull(record.description),
      phase: FRAMEWORK_ORDER[position][1],
      sortOrder: position + 1,
    };
  });
}

export function parseDisarmTechniques(csv: string): DisarmTechniqueRow[] {
  const records = readRecords(csv, ["technique_id", "name", "tactic_ids", "parent_id", "description"]);
  return records.map((record) => {
    const id = record.technique_id;
    if (!DISARM_TECHNIQUE_ID_PATTERN.test(id)) throw new Error(`Malformed DISARM technique id "${id}" in CSV`);
    // Every technique in the Red Framework belongs to exactly one tactic; keep the first if that ever changes.
    const tacticId = record.tactic_ids.split(/[,;]/)[0].trim();
    const parentId = orNull(record.parent_id) ?? (id.includes(".") ? id.split(".")[0] : null);
    return { id, name: record.name, summary: orNull(record.description), tacticId, parentId };
  });
}
