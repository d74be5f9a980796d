/** Bookkeeping columns that change on every write and say nothing to a reader of the history. */
const NOISE = new Set(["updatedAt", "version", "textMinhash", "lshBands", "searchVector"]);

const jsonSafe = (_key: string, value: unknown) => (typeof value === "bigint" ? value.toString() : value);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null, jsonSafe) === JSON.stringify(b ?? null, jsonSafe);

/** The fields that differ between two snapshots of a row, as before/after records for the audit trail. */
export function changedFields<T extends object>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (NOISE.has(String(key)) || same(before[key], after[key])) continue;
    b[key] = before[key];
    a[key] = after[key];
  }
  return { before: b, after: a };
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * A readable diff of one audit event: every field whose value differs between `before` and `after` (a create
 * lists what was set, a delete what was removed), bookkeeping columns left out.
 */
export function diffAuditEvent(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((field) => !NOISE.has(field) && !same(b[field], a[field]))
    .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
}
