"use client";

import { useQuery } from "@tanstack/react-query";
import { ChartAreaStackedSightings } from "@/components/charts/chart-area-stacked-sightings";
import { ChartHeatMarkers } from "@/components/charts/chart-heat-markers";
import { ChartPanel } from "@/components/charts/chart-panel";
import { toMarkerMatrix, toMarkersOverTime } from "@/lib/analytics/chart-data-markers";
import { analyticsQueries } from "@/lib/analytics/query-options";
import { formatInteger } from "@/lib/format/format";
import type { AnalyticsState } from "./analytics-context";
import { PanelStates } from "./panel-states";

/** Container: language-marker frequencies — which markers, in which languages (heat table), and over time. */
export function MarkersPanel({ state }: { state: AnalyticsState }) {
  const query = useQuery(analyticsQueries.markers({ ...state.filter, interval: state.interval }));
  const rows = query.data?.rows ?? [];
  const matrix = toMarkerMatrix(rows);
  const overTime = toMarkersOverTime(rows, query.data?.interval ?? state.interval);
  const states = { error: query.error, loading: query.isPending, empty: rows.length === 0, emptyTitle: "No language markers annotated in this selection" };
  return (
    <>
      <ChartPanel
        name="markers-by-language"
        title="Language markers by language"
        note={query.data ? `${formatInteger(matrix.markers.reduce((n, m) => n + m.total, 0))} annotations` : undefined}
        table={query.data ? matrix.table : null}
        filter={state.filter}
        busy={query.isFetching}
      >
        <PanelStates {...states}>
          <ChartHeatMarkers languages={matrix.languages} markers={matrix.markers} max={matrix.max} />
        </PanelStates>
      </ChartPanel>
      <ChartPanel
        name="markers-over-time"
        title="Language markers over time"
        note={`annotations per ${state.interval}, by the item's first sighting`}
        table={query.data ? overTime.table : null}
        filter={{ ...state.filter, interval: state.interval }}
        busy={query.isFetching}
      >
        <PanelStates {...states} empty={overTime.points.length === 0}>
          <ChartAreaStackedSightings
            keys={overTime.keys}
            points={overTime.points}
            unit="Annotations"
            height={220}
            summary={`Language-marker annotations per ${state.interval}: ${overTime.keys.map((k) => k.label).join(", ")}.`}
          />
        </PanelStates>
      </ChartPanel>
    </>
  );
}
