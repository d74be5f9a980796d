import { countryName, languageName } from "../format/codes";
import { humanize } from "../format/format";
import type { DataTable } from "./chart-data-table";
import type { CountryRow } from "./get-countries";
import type { TimeToDebunk } from "./get-time-to-debunk";
import { DEBUNK_BINS_HOURS } from "./schemas";
import type { LanguageRow } from "./get-languages";

export interface BarPoint {
  key: string;
  label: string;
  value: number;
  /** A CSS colour for this bar (verdicts have their own). */
  color?: string;
}

export type CountryMetric = "sightings" | "targetItems" | "originItems";
export const COUNTRY_METRICS: Record<CountryMetric, string> = {
  sightings: "Sightings (audience)",
  targetItems: "Items targeting",
  originItems: "Items first seen",
};

export type CountrySort = { by: "country" | CountryMetric; dir: "asc" | "desc" };

/** Countries for the map (value per ISO code) and the sortable table. */
export function toCountryTable(rows: CountryRow[], sort: CountrySort = { by: "sightings", dir: "desc" }) {
  const named = rows.map((r) => ({ ...r, name: countryName(r.country) }));
  const sign = sort.dir === "asc" ? 1 : -1;
  named.sort((a, b) =>
    sort.by === "country"
      ? sign * a.name.localeCompare(b.name)
      : sign * (a[sort.by] - b[sort.by]) || a.name.localeCompare(b.name),
  );
  const table: DataTable = {
    columns: [
      { key: "country", label: "Code" },
      { key: "name", label: "Country" },
      ...Object.entries(COUNTRY_METRICS).map(([key, label]) => ({ key, label, numeric: true })),
    ],
    rows: named.map(({ country, name, sightings, targetItems, originItems }) => ({ country, name, sightings, targetItems, originItems })),
  };
  return { rows: named, table };
}

/** Items per language, largest first; "" (unknown) shows as "Unknown". */
export function toLanguageBars(rows: LanguageRow[]) {
  const bars: BarPoint[] = rows.map((r) => ({
    key: r.language || "und",
    label: r.language ? `${languageName(r.language)} (${r.language})` : "Unknown",
    value: r.items,
  }));
  const table: DataTable = {
    columns: [
      { key: "language", label: "Language tag" },
      { key: "name", label: "Language" },
      { key: "items", label: "Items", numeric: true },
      { key: "sightings", label: "Sightings", numeric: true },
    ],
    rows: rows.map((r) => ({ language: r.language, name: r.language ? languageName(r.language) : "Unknown", items: r.items, sightings: r.sightings })),
  };
  return { bars, table };
}

/** Items per verdict, in the enum's order, coloured like the verdict badges. */
export function toVerdictBars(rows: { verdict: string; items: number }[]) {
  const bars: BarPoint[] = rows.map((r) => ({ key: r.verdict, label: humanize(r.verdict), value: r.items, color: `var(--verdict-${r.verdict})` }));
  const table: DataTable = {
    columns: [{ key: "verdict", label: "Verdict" }, { key: "items", label: "Items", numeric: true }],
    rows: rows.map((r) => ({ verdict: r.verdict, items: r.items })),
  };
  return { bars, table, total: rows.reduce((n, r) => n + r.items, 0) };
}

const hours = (h: number) => (h < 24 ? `${h} h` : h < 168 ? `${h / 24} d` : `${h / 168} w`);

/** Labels of the distribution's bins: "< 1 h", "1 h – 6 h", …, "≥ 4 w". */
export function debunkBinLabels(): string[] {
  const b = DEBUNK_BINS_HOURS;
  return [`< ${hours(b[0])}`, ...b.slice(1).map((h, i) => `${hours(b[i])} – ${hours(h)}`), `≥ ${hours(b[b.length - 1])}`];
}

/** "3.5 h", "2.1 days", "5.0 weeks" for the median. */
export function formatLag(h: number | null): string {
  if (h === null) return "—";
  if (h < 48) return `${h.toFixed(1)} h`;
  if (h < 24 * 28) return `${(h / 24).toFixed(1)} days`;
  return `${(h / 168).toFixed(1)} weeks`;
}

export function toDebunkBars(data: TimeToDebunk) {
  const labels = debunkBinLabels();
  const bars: BarPoint[] = data.bins.map((value, i) => ({ key: `bin${i}`, label: labels[i], value }));
  const table: DataTable = {
    columns: [{ key: "lag", label: "First sighting → first debunk" }, { key: "items", label: "Items", numeric: true }],
    rows: bars.map((b) => ({ lag: b.label, items: b.value })),
  };
  return { bars, table };
}
