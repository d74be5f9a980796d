"use client";

import { useQuery } from "@tanstack/react-query";
import { ChartAreaSightings } from "@/components/charts/chart-area-sightings";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { formatDay, formatInteger } from "@/lib/format/format";
import { summarizeSeries, toDailySeries } from "@/lib/overview/chart-data";
import { overviewQueries } from "@/lib/overview/query-options";

/** Container: hook → pure mapper → presentational chart. */
export function SightingsChart() {
  const { data, error } = useQuery(overviewQueries.timeline());
  const points = data ? toDailySeries(data.from, data.to, data.days) : [];
  const { total, peak } = summarizeSeries(points);
  const window = data?.from ? `${formatDay(data.from)} – ${formatDay(data.to)}` : "";
  const summary = `${formatInteger(total)} sightings from ${window}${peak ? `; busiest day ${formatDay(peak.day)} with ${formatInteger(peak.sightings)}` : ""}.`;
  return (
    <section className="panel" aria-labelledby="timeline-heading">
      <div className="panel-header">
        <h2 id="timeline-heading">Sightings per day</h2>
        {data?.from && (
          <span className="panel-note">
            {data.anchoredToNewest ? "90 days up to the newest sighting" : "Last 90 days"}: {window} (UTC) ·{" "}
            {formatInteger(total)} sightings
          </span>
        )}
      </div>
      <div className="panel-body">
        {error && <ErrorState error={error} />}
        {data && !data.from && <EmptyState title="No sightings yet" />}
        {data?.from && <ChartAreaSightings data={points} summary={summary} />}
      </div>
    </section>
  );
}
