/**
 * The data behind a chart as a table: what the accessible "Table" view shows and exactly what "Download CSV" writes.
 * Mappers build it next to the chart's series, from the same rows, so the two can never disagree.
 */
export interface DataColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

export type DataCell = string | number | null;

export interface DataTable {
  columns: DataColumn[];
  rows: Record<string, DataCell>[];
}

/** Rows as arrays in column order (the CSV body, and the cells of the table view). */
export function tableCells(table: DataTable): DataCell[][] {
  return table.rows.map((row) => table.columns.map((c) => row[c.key] ?? null));
}
