import { languageName } from "../format/codes";
import type { DataTable } from "./chart-data-table";
import { toStackedSightings } from "./chart-data-spread";
import type { MarkerRow } from "./get-marker-frequencies";
import type { Interval } from "./schemas";

/**
 * Marker × language matrix (annotations per cell) for the heat table, and markers over time as a stacked series
 * (reusing the spread mapper: a marker is a stack key, annotations are the counts).
 */
export function toMarkerMatrix(rows: MarkerRow[]) {
  const markers = new Map<string, { slug: string; name: string; total: number; cells: Map<string, number> }>();
  const languages = new Map<string, number>();
  for (const r of rows) {
    const m = markers.get(r.slug) ?? { slug: r.slug, name: r.name, total: 0, cells: new Map<string, number>() };
    m.total += r.annotations;
    m.cells.set(r.language, (m.cells.get(r.language) ?? 0) + r.annotations);
    markers.set(r.slug, m);
    languages.set(r.language, (languages.get(r.language) ?? 0) + r.annotations);
  }
  const langs = [...languages.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([l]) => l);
  const sorted = [...markers.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  const max = Math.max(0, ...sorted.flatMap((m) => [...m.cells.values()]));
  const languageLabel = (l: string) => (l ? `${languageName(l)} (${l})` : "Unknown");
  const table: DataTable = {
    columns: [
      { key: "marker", label: "Marker" },
      ...langs.map((l) => ({ key: `lang:${l || "und"}`, label: languageLabel(l), numeric: true })),
      { key: "total", label: "Total", numeric: true },
    ],
    rows: sorted.map((m) => ({
      marker: m.name,
      ...Object.fromEntries(langs.map((l) => [`lang:${l || "und"}`, m.cells.get(l) ?? 0])),
      total: m.total,
    })),
  };
  return { languages: langs.map((l) => ({ tag: l, label: languageLabel(l) })), markers: sorted, max, table };
}

export function toMarkersOverTime(rows: MarkerRow[], interval: Interval) {
  const dated = rows
    .filter((r) => r.bucket)
    .map((r) => ({ bucket: r.bucket, key: r.slug, label: r.name, sightings: r.annotations, views: 0, shares: 0, reactions: 0 }))
    .sort((a, b) => a.bucket.localeCompare(b.bucket));
  return toStackedSightings(dated, interval);
}
