import { formatInteger } from "@/lib/format/format";
import { choroplethColor } from "@/lib/analytics/choropleth";
import styles from "./charts.module.css";

interface Props {
  languages: { tag: string; label: string }[];
  markers: { slug: string; name: string; total: number; cells: Map<string, number> }[];
  max: number;
}

/** Marker × language as a shaded table: an accessible heat map by construction. Presentational. */
export function ChartHeatMarkers({ languages, markers, max }: Props) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Language-marker annotations per content language</caption>
        <thead>
          <tr>
            <th scope="col">Marker</th>
            {languages.map((l) => (
              <th key={l.tag} scope="col" className="num">
                {l.label}
              </th>
            ))}
            <th scope="col" className="num">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {markers.map((m) => (
            <tr key={m.slug}>
              <th scope="row" style={{ fontWeight: 500 }}>
                {m.name}
              </th>
              {languages.map((l) => {
                const v = m.cells.get(l.tag) ?? 0;
                const dark = max > 0 && Math.sqrt(v / max) > 0.55;
                return (
                  <td key={l.tag} className={styles.cell} style={{ background: v ? choroplethColor(v, max) : undefined, color: dark ? "#fff" : undefined }}>
                    {v ? formatInteger(v) : ""}
                  </td>
                );
              })}
              <td className="num">{formatInteger(m.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
