import { tableCells, type DataTable } from "@/lib/analytics/chart-data-table";
import { formatInteger } from "@/lib/format/format";

/** A chart's data as a plain, accessible table (the "Table" view). Presentational. */
export function DataTableView({ table, caption }: { table: DataTable; caption: string }) {
  return (
    <div className="table-wrap" style={{ maxHeight: 420 }}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? "num" : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tableCells(table).map((cells, r) => (
            <tr key={r}>
              {cells.map((v, i) => (
                <td key={table.columns[i].key} className={table.columns[i].numeric ? "num" : undefined}>
                  {typeof v === "number" ? formatInteger(v) : (v ?? "—")}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
