"use client";

import { useQuery } from "@tanstack/react-query";
import { ChartAreaStackedSightings } from "@/components/charts/chart-area-stacked-sightings";
import { ChartLineReach } from "@/components/charts/chart-line-reach";
import { ChartPanel } from "@/components/charts/chart-panel";
import { toCumulativeReach, toStackedSightings } from "@/lib/analytics/chart-data-spread";
import { analyticsQueries } from "@/lib/analytics/query-options";
import { INTERVALS, STACKS } from "@/lib/analytics/schemas";
import { formatInteger, platformName } from "@/lib/format/format";
import type { AnalyticsState } from "./analytics-context";
import { PanelStates } from "./panel-states";
import { SelectControl } from "./select-control";

const INTERVAL_LABELS = { day: "Day", week: "Week", month: "Month" } as const;
const STACK_LABELS = { platform: "Platform", campaign: "Campaign" } as const;

/** Container: sightings over time (stacked) and cumulative reach, from one query. */
export function SpreadPanels({ state, allowCampaignStack = true }: { state: AnalyticsState; allowCampaignStack?: boolean }) {
  const { filter, interval, stack } = state;
  const query = useQuery(analyticsQueries.spread({ ...filter, interval, stack }));
  // Platform keys are codes ("x", "tiktok"); the legend and table show their names.
  const rows = (query.data?.rows ?? []).map((r) => (query.data?.stack === "platform" && r.key ? { ...r, label: platformName(r.key) } : r));
  const stacked = toStackedSightings(rows, query.data?.interval ?? interval);
  const reach = toCumulativeReach(rows, query.data?.interval ?? interval);
  const last = reach.points[reach.points.length - 1];
  const states = { error: query.error, loading: query.isPending, empty: rows.length === 0, emptyTitle: "No sightings match" };
  const controls = (
    <>
      <SelectControl label="Per" value={interval} onChange={state.setInterval} options={INTERVALS.map((v) => ({ value: v, label: INTERVAL_LABELS[v] }))} />
      {allowCampaignStack && (
        <SelectControl label="Stack by" value={stack} onChange={state.setStack} options={STACKS.map((v) => ({ value: v, label: STACK_LABELS[v] }))} />
      )}
    </>
  );
  return (
    <>
      <ChartPanel
        name="sightings-over-time"
        title="Sightings over time"
        note={query.data ? `${formatInteger(stacked.total)} sightings · per ${interval} (UTC)` : undefined}
        table={query.data ? stacked.table : null}
        filter={{ ...filter, interval, stack }}
        controls={controls}
        busy={query.isFetching}
        footer={stack === "campaign" ? "By confirmed campaign links; an item in two campaigns counts in both, “(none)” is in no campaign." : undefined}
      >
        <PanelStates {...states}>
          <ChartAreaStackedSightings
            keys={stacked.keys}
            points={stacked.points}
            summary={`${formatInteger(stacked.total)} sightings per ${interval}, stacked by ${stack}: ${stacked.keys.map((k) => k.label).join(", ")}.`}
          />
        </PanelStates>
      </ChartPanel>
      <ChartPanel
        name="cumulative-reach"
        title="Cumulative reach"
        note={last ? `${formatInteger(last.views)} views · ${formatInteger(last.shares)} shares · ${formatInteger(last.reactions)} reactions` : undefined}
        table={query.data ? reach.table : null}
        filter={{ ...filter, interval }}
        busy={query.isFetching}
        footer="Reach as recorded on the sightings (views, shares, reactions at the time of logging); sightings without figures add nothing."
      >
        <PanelStates {...states}>
          <ChartLineReach
            points={reach.points}
            summary={last ? `Cumulative reach reached ${formatInteger(last.views)} views, ${formatInteger(last.shares)} shares and ${formatInteger(last.reactions)} reactions.` : "No reach recorded."}
          />
        </PanelStates>
      </ChartPanel>
    </>
  );
}
