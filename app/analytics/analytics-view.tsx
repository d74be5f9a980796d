"use client";

import { useQuery } from "@tanstack/react-query";
import { useQueryStates } from "nuqs";
import { AnalyticsPanels } from "@/components/analytics/analytics-panels";
import { ErrorState } from "@/components/ui/states";
import { itemQueries } from "@/lib/items/query-options";
import { AnalyticsFilters } from "./analytics-filters";
import { analyticsSearchParams, toAnalyticsFilter } from "./search-params";

const FILTER_KEYS = ["campaign", "from", "to", "country", "language", "platform", "verdict", "narrative"] as const;

export function AnalyticsView() {
  const [params, setParams] = useQueryStates(analyticsSearchParams, { history: "push" });
  const parsed = toAnalyticsFilter(params);
  const options = useQuery(itemQueries.filterOptions());
  const clear = () => setParams(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])));
  return (
    <div className="page">
      <header className="page-header">
        <h1>Analytics</h1>
        <p className="lede">
          How content spreads over time, platforms, countries and languages. Every chart follows the filters below, which
          live in the address bar: a link opens this exact view.
        </p>
      </header>
      <AnalyticsFilters params={params} setParams={setParams} options={options.data} onClear={clear} hasFilters={FILTER_KEYS.some((k) => params[k] !== null)} />
      {parsed.success ? (
        <AnalyticsPanels
          state={{
            filter: parsed.data,
            interval: params.interval,
            stack: params.stack,
            setInterval: (interval) => setParams({ interval }),
            setStack: (stack) => setParams({ stack }),
            narrative: params.narrative,
            setNarrative: (narrative) => setParams({ narrative }),
          }}
        />
      ) : (
        <ErrorState
          title="Invalid filters in the address"
          error={new Error(parsed.error.issues.map((i) => `${i.path.join(".") || "filter"}: ${i.message}`).join("; "))}
          action={
            <button type="button" className="button" onClick={clear}>
              Clear filters
            </button>
          }
        />
      )}
    </div>
  );
}
