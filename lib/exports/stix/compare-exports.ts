import { parse } from "csv-parse/sync";

/**
 * Compares two CSV exports (the ZIP's per-entity tables) of two databases apart from ids: every id is replaced by
 * a key made of its row's content (an item by its URL, file hash or text; a campaign by its slug …), rows are
 * sorted, and what remains must be equal. Used by the STIX round-trip test (a slice) and bench/stix-roundtrip.ts
 * (the whole EUvsDisinfo file).
 *
 * Compared: every column of every table, except
 * - ids themselves (replaced by content keys, so references are still compared: a sighting's item, a link's campaign);
 * - when a row was written to this database: items.created_at / updated_at, sightings.created_at,
 *   annotations.created_at — bookkeeping of the database, not content of the record;
 * - a leading "@" of an account handle: every write path stores handles without it (normaliseHandle), only the demo
 *   seed wrote one with it, so it comes back without.
 */
export const NOT_COMPARED: Record<string, string[]> = {
  items: ["created_at", "updated_at"],
  sightings: ["created_at"],
  annotations: ["created_at"],
};

/** Entity tables in the order their keys can be built (a table's key may use keys of the tables before it). */
const KEYED: { table: string; key: (row: Record<string, string>) => string }[] = [
  { table: "threat_actors", key: (r) => `actor:${r.name}` },
  { table: "persons", key: (r) => `person:${r.name}|${r.country}|${r.url}` },
  { table: "organizations", key: (r) => `org:${r.name}` },
  { table: "narratives", key: (r) => `narrative:${r.title}` },
  { table: "accounts", key: (r) => `account:${r.platform}:${r.handle.replace(/^@/, "")}` },
  { table: "campaigns", key: (r) => `campaign:${r.slug}` },
  { table: "items", key: (r) => `item:${r.canonical_url || r.file_sha256 || ""}|${r.canonical_url ? "" : `${r.title}|${r.text}|${r.first_seen_at}`}` },
  { table: "sightings", key: (r) => `sighting:${r.item_id}|${r.observed_at}|${r.url}|${r.notes}|${r.views}` },
  { table: "annotations", key: (r) => `annotation:${r.item_id}|${r.marker}|${r.quote}|${r.start_offset}` },
];

export interface TableDifference {
  table: string;
  before: number;
  after: number;
  /** Rows of the first export not found in the second, and the reverse (content after id replacement), a few of each. */
  onlyBefore: string[];
  onlyAfter: string[];
  missing: number;
  extra: number;
}

export function normalisedTables(files: Map<string, Buffer>): Map<string, string[]> {
  const tables = new Map<string, Record<string, string>[]>();
  for (const [name, bytes] of files) {
    if (!name.endsWith(".csv") || name === "codebook.csv") continue;
    tables.set(name.replace(/\.csv$/, ""), parse(bytes, { columns: true, bom: true }) as Record<string, string>[]);
  }
  const keyOf = new Map<string, string>();
  const replaceIds = (row: Record<string, string>) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, keyOf.get(v) ?? (/handle$/.test(k) ? v.replace(/^@/, "") : v)]));
  for (const { table, key } of KEYED) {
    for (const row of tables.get(table) ?? []) {
      const content = replaceIds(row);
      keyOf.set(row.id, key(content));
    }
  }
  const out = new Map<string, string[]>();
  for (const [table, rows] of tables) {
    const dropped = new Set(["id", ...(NOT_COMPARED[table] ?? [])]);
    out.set(table, rows.map((row) => {
      const content = replaceIds(row);
      return JSON.stringify(Object.entries(content).filter(([k]) => !dropped.has(k) || (k === "id" && !keyOf.has(row.id))));
    }).sort());
  }
  return out;
}

/** Per table: the rows (as multisets) that differ; empty when the two exports are equal apart from ids. */
export function compareExports(before: Map<string, Buffer>, after: Map<string, Buffer>, sample = 5): TableDifference[] {
  const a = normalisedTables(before);
  const b = normalisedTables(after);
  const differences: TableDifference[] = [];
  for (const table of new Set([...a.keys(), ...b.keys()])) {
    const left = a.get(table) ?? [];
    const right = b.get(table) ?? [];
    const count = new Map<string, number>();
    for (const r of right) count.set(r, (count.get(r) ?? 0) + 1);
    const onlyBefore: string[] = [];
    for (const r of left) {
      const n = count.get(r) ?? 0;
      if (n) count.set(r, n - 1);
      else onlyBefore.push(r);
    }
    const onlyAfter = [...count].flatMap(([r, n]) => Array(n).fill(r) as string[]);
    if (onlyBefore.length || onlyAfter.length) {
      differences.push({ table, before: left.length, after: right.length, missing: onlyBefore.length, extra: onlyAfter.length, onlyBefore: onlyBefore.slice(0, sample), onlyAfter: onlyAfter.slice(0, sample) });
    }
  }
  return differences;
}
