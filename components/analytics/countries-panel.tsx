"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ChartMapCountries } from "@/components/charts/chart-map-countries";
import { ChartPanel } from "@/components/charts/chart-panel";
import { COUNTRY_METRICS, toCountryTable, type CountryMetric, type CountrySort } from "@/lib/analytics/chart-data-breakdowns";
import { analyticsQueries } from "@/lib/analytics/query-options";
import { formatInteger } from "@/lib/format/format";
import type { AnalyticsState } from "./analytics-context";
import { PanelStates } from "./panel-states";
import { SelectControl } from "./select-control";

const METRIC_OPTIONS = Object.entries(COUNTRY_METRICS).map(([value, label]) => ({ value: value as CountryMetric, label }));

/** Container: countries, target versus origin, as a world map and a sortable table. */
export function CountriesPanel({ state, mapOnly = false }: { state: AnalyticsState; mapOnly?: boolean }) {
  const query = useQuery(analyticsQueries.countries(state.filter));
  const [metric, setMetric] = useState<CountryMetric>("sightings");
  const [sort, setSort] = useState<CountrySort>({ by: "sightings", dir: "desc" });
  const { rows, table } = toCountryTable(query.data?.countries ?? [], sort);
  const values = new Map(rows.map((r) => [r.country, r[metric]]));
  const top = rows.slice().sort((a, b) => b[metric] - a[metric])[0];
  const sortButton = (by: CountrySort["by"], label: string, numeric = true) => {
    const active = sort.by === by;
    return (
      <th scope="col" className={numeric ? "num" : undefined} aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}>
        <button
          type="button"
          className="link-button"
          style={{ font: "inherit", background: "none", border: 0, padding: 0, color: "inherit", cursor: "pointer", fontWeight: 600 }}
          onClick={() => setSort({ by, dir: active && sort.dir === "desc" ? "asc" : by === "country" && !active ? "asc" : "desc" })}
        >
          {label} {active ? (sort.dir === "asc" ? "▲" : "▼") : ""}
        </button>
      </th>
    );
  };
  return (
    <ChartPanel
      name="countries"
      title="Countries: target versus origin"
      note={query.data ? `${formatInteger(rows.length)} countries` : undefined}
      table={query.data ? table : null}
      filter={state.filter}
      busy={query.isFetching}
      controls={<SelectControl label="Map" value={metric} onChange={setMetric} options={METRIC_OPTIONS} />}
      footer="Target: items that name the country as a target. First seen: items whose first sighting was seen by an audience in the country (where they surfaced). Sightings: every sighting by audience country."
    >
      <PanelStates error={query.error} loading={query.isPending} empty={rows.length === 0} emptyTitle="No countries recorded for this selection">
        <ChartMapCountries
          values={values}
          metricLabel={COUNTRY_METRICS[metric]}
          summary={`World map of ${COUNTRY_METRICS[metric].toLowerCase()} across ${rows.length} countries${top ? `; highest: ${top.name} with ${formatInteger(top[metric])}` : ""}.`}
        />
        {!mapOnly && (
          <div className="table-wrap" style={{ maxHeight: 360, marginTop: 12 }}>
            <table className="data-table" data-testid="countries-table">
              <caption className="visually-hidden">Countries, sortable by each column</caption>
              <thead>
                <tr>
                  {sortButton("country", "Country", false)}
                  {sortButton("targetItems", COUNTRY_METRICS.targetItems)}
                  {sortButton("originItems", COUNTRY_METRICS.originItems)}
                  {sortButton("sightings", COUNTRY_METRICS.sightings)}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.country}>
                    <td>
                      {r.name} <span className="faint">({r.country})</span>
                    </td>
                    <td className="num">{formatInteger(r.targetItems)}</td>
                    <td className="num">{formatInteger(r.originItems)}</td>
                    <td className="num">{formatInteger(r.sightings)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </PanelStates>
    </ChartPanel>
  );
}
