"use client";

import { useQuery } from "@tanstack/react-query";
import { ChartBarCounts } from "@/components/charts/chart-bar-counts";
import { ChartPanel } from "@/components/charts/chart-panel";
import { formatLag, toDebunkBars, toLanguageBars, toVerdictBars } from "@/lib/analytics/chart-data-breakdowns";
import { analyticsQueries } from "@/lib/analytics/query-options";
import { formatInteger } from "@/lib/format/format";
import type { AnalyticsState } from "./analytics-context";
import { PanelStates } from "./panel-states";

/** Container: items per content language. */
export function LanguagesPanel({ state }: { state: AnalyticsState }) {
  const query = useQuery(analyticsQueries.languages(state.filter));
  const { bars, table } = toLanguageBars(query.data?.languages ?? []);
  return (
    <ChartPanel name="languages" title="Languages" note="items per content language" table={query.data ? table : null} filter={state.filter} busy={query.isFetching}>
      <PanelStates error={query.error} loading={query.isPending} empty={bars.length === 0} emptyTitle="No items match">
        <ChartBarCounts bars={bars} label="Items per language" />
      </PanelStates>
    </ChartPanel>
  );
}

/** Container: items per verdict. */
export function VerdictsPanel({ state }: { state: AnalyticsState }) {
  const query = useQuery(analyticsQueries.verdicts(state.filter));
  const { bars, table, total } = toVerdictBars(query.data?.verdicts ?? []);
  return (
    <ChartPanel name="verdicts" title="Verdict mix" note={query.data ? `${formatInteger(total)} items` : undefined} table={query.data ? table : null} filter={state.filter} busy={query.isFetching}>
      <PanelStates error={query.error} loading={query.isPending} empty={total === 0} emptyTitle="No items match">
        <ChartBarCounts bars={bars} label="Items per verdict" />
      </PanelStates>
    </ChartPanel>
  );
}

/** Container: time from the first sighting to the first debunk, with its definition. */
export function DebunkPanel({ state }: { state: AnalyticsState }) {
  const query = useQuery(analyticsQueries.timeToDebunk(state.filter));
  const data = query.data;
  const { bars, table } = toDebunkBars(data ?? { items: 0, timed: 0, untimed: 0, medianHours: null, bins: [] });
  return (
    <ChartPanel
      name="time-to-debunk"
      title="Time to first debunk"
      note={data ? `median ${formatLag(data.medianHours)} · ${formatInteger(data.timed)} of ${formatInteger(data.items)} debunked items timed` : undefined}
      table={data ? table : null}
      filter={state.filter}
      busy={query.isFetching}
      footer={
        <>
          <strong>Definition.</strong> For items whose verdict is false, misleading, manipulated, synthetic or misattributed: the time from the
          item&rsquo;s first sighting to the earlier of (a) the first audit event that recorded such a verdict (logged with it or edited to it) and
          (b) the publication date of a linked fact-check source. A debunk recorded before the first sighting counts as 0 h.
          {data && data.untimed > 0 && (
            <> {formatInteger(data.untimed)} debunked items have neither record (e.g. imported with their verdict and no dated fact-check) and are left out, not guessed.</>
          )}
        </>
      }
    >
      <PanelStates error={query.error} loading={query.isPending} empty={!data || data.timed === 0}
        emptyTitle="No debunk times recorded for this selection"
        emptyHint="Times appear once a debunking verdict is logged or edited in Sightline, or a dated fact-check source is linked (see the definition below)."
      >
        <ChartBarCounts bars={bars} label="Items per time to first debunk" />
      </PanelStates>
    </ChartPanel>
  );
}
