import { slugify } from "../campaigns/campaign-names";
import type { ImportMapping } from "./mapping";
import { LIST_FIELDS, type TargetField } from "./target-fields";
import { cellValue, dateValue, listItems } from "./values/read-cell";

/** A row's values per target field, after the mapping's transforms and constants, with the column each came from. */
export interface RowCells {
  text(field: TargetField): string | undefined;
  list(field: TargetField): string[];
  origin(field: TargetField): { column: string; raw: string } | undefined;
  /** The user's column for a field ("item.targetCountries" → "countries"), or the constant's name. */
  columnOf(field: string): string | undefined;
  /** Values a single-valued field could not hold (the rest of a list cell): kept as written by the caller. */
  extras: { column: string; values: string[] }[];
}

const DATE_FIELDS = new Set<TargetField>(["sighting.observedAt", "item.publishedAt"]);

/**
 * Reads the mapped cells of one row. A single-valued field given a list cell takes its first item (`first`,
 * which the guess sets for list-shaped columns); the rest is kept as written by the caller.
 */
export function readRowCells(values: Record<string, unknown>, mapping: ImportMapping): RowCells {
  const single = new Map<TargetField, { column: string; value: string }>();
  const lists = new Map<TargetField, { column: string; values: string[] }>();
  const extras: RowCells["extras"] = [];
  const columnByField = new Map<string, string>();
  for (const [column, field] of Object.entries(mapping.columns)) {
    if (!field) continue;
    columnByField.set(field, column);
    const cell = cellValue(values[column]);
    if (cell === undefined) continue;
    const t = mapping.transforms[column] ?? {};
    if (LIST_FIELDS.has(field)) {
      lists.set(field, { column, values: listItems(cell, t.split) });
    } else if (t.first || Array.isArray(cell)) {
      const [first, ...rest] = listItems(cell, t.split);
      if (first === undefined) continue;
      single.set(field, { column, value: DATE_FIELDS.has(field) ? dateValue(first, t.dateFormat) : first });
      if (rest.length) extras.push({ column, values: rest });
    } else {
      single.set(field, { column, value: DATE_FIELDS.has(field) ? dateValue(cell, t.dateFormat) : cell });
    }
  }
  for (const [field, value] of Object.entries(mapping.constants)) {
    const f = field as TargetField;
    const label = `${field} (constant)`;
    if (!columnByField.has(field)) columnByField.set(field, label);
    if (LIST_FIELDS.has(f)) {
      if (!lists.has(f)) lists.set(f, { column: label, values: Array.isArray(value) ? value : [String(value)] });
    } else if (!single.has(f)) {
      single.set(f, { column: label, value: String(value) });
    }
  }
  if (mapping.groupBy) {
    const group = cellValue(values[mapping.groupBy.column]);
    const name = Array.isArray(group) ? group[0] : group?.trim();
    if (name && mapping.groupBy.as === "narrative") {
      const current = lists.get("item.narratives");
      lists.set("item.narratives", { column: current?.column ?? mapping.groupBy.column, values: [...(current?.values ?? []), name.slice(0, 500)] });
    } else if (name && !single.has("item.campaign")) {
      single.set("item.campaign", { column: mapping.groupBy.column, value: name });
    }
  }
  const campaign = single.get("item.campaign");
  // A campaign is named or given by slug; the importer resolves (or creates) it by this slug before writing.
  if (campaign) single.set("item.campaign", { ...campaign, value: slugify(campaign.value) || campaign.value });
  return {
    text: (field) => single.get(field)?.value,
    list: (field) => lists.get(field)?.values ?? [],
    origin: (field) => {
      const s = single.get(field);
      if (s) return { column: s.column, raw: field === "item.campaign" ? campaignNameOf(values, mapping, s.value) : s.value };
      const l = lists.get(field);
      return l ? { column: l.column, raw: l.values.join("; ") } : undefined;
    },
    columnOf: (field) => columnByField.get(field),
    extras,
  };
}

/** The campaign as the file wrote it (a name), for creating it and for keeping it raw. */
function campaignNameOf(values: Record<string, unknown>, mapping: ImportMapping, slug: string): string {
  const column = Object.entries(mapping.columns).find(([, f]) => f === "item.campaign")?.[0] ?? mapping.groupBy?.column;
  const cell = column ? cellValue(values[column]) : undefined;
  const text = Array.isArray(cell) ? cell[0] : cell;
  return text?.trim() || String(mapping.constants["item.campaign"] ?? slug);
}
