"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { ChartPanel } from "@/components/charts/chart-panel";
import { ChartScatterFirstSeen } from "@/components/charts/chart-scatter-first-seen";
import { formatLag } from "@/lib/analytics/chart-data-breakdowns";
import { placeLabel, toFirstSeen } from "@/lib/analytics/chart-data-first-seen";
import { analyticsQueries, narrativeOptions } from "@/lib/analytics/query-options";
import { formatDateTime, formatInteger, platformName } from "@/lib/format/format";
import type { AnalyticsState } from "./analytics-context";
import { PanelStates } from "./panel-states";
import { SelectControl } from "./select-control";

/** Container: first-seen reconstruction as a timeline or a per-item table. */
export function FirstSeenPanel({ state }: { state: AnalyticsState }) {
  const query = useQuery(analyticsQueries.firstSeen({ ...state.filter, ...(state.narrative ? { narrative: state.narrative } : {}) }));
  const narratives = useQuery({ ...narrativeOptions(), enabled: Boolean(state.setNarrative) });
  const [view, setView] = useState<"timeline" | "items">("timeline");
  const data = query.data;
  const mapped = toFirstSeen(data?.items ?? []);
  const shown = data ? `${formatInteger(data.items.length)} of ${formatInteger(data.total)} items` : undefined;
  return (
    <ChartPanel
      name="first-seen"
      title="First seen: where items surfaced and how they spread"
      note={shown && (data!.total > data!.items.length ? `earliest ${shown}` : shown)}
      table={data ? mapped.table : null}
      filter={state.filter}
      busy={query.isFetching}
      controls={
        <>
          {state.setNarrative && (
            <SelectControl
              label="Narrative"
              value={state.narrative ?? ""}
              onChange={(v) => state.setNarrative!(v || null)}
              options={[{ value: "", label: "Any" }, ...(narratives.data?.options ?? []).map((n) => ({ value: n.id, label: n.label.length > 48 ? `${n.label.slice(0, 47)}…` : n.label }))]}
            />
          )}
          <SelectControl label="Show" value={view} onChange={setView} options={[{ value: "timeline", label: "Timeline" }, { value: "items", label: "Items" }]} />
        </>
      }
      footer={
        mapped.rows.length > 0 && (
          <>
            First platform most often: {mapped.firstPlatforms.slice(0, 3).map((p) => `${p.label} (${p.n})`).join(", ")}. Median lag from the first to the
            second platform: {formatLag(mapped.medianLag)}. Based on the sightings in the selected dates.
          </>
        )
      }
    >
      <PanelStates error={query.error} loading={query.isPending} empty={mapped.rows.length === 0} emptyTitle="No sighted items match">
        {view === "timeline" ? (
          <ChartScatterFirstSeen
            dots={mapped.dots}
            rows={mapped.rows.length}
            summary={`Timeline of ${mapped.rows.length} items: each row is an item, each dot the first sighting on a platform.`}
          />
        ) : (
          <div className="table-wrap" style={{ maxHeight: 480 }}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Item</th>
                  <th scope="col">First seen</th>
                  <th scope="col">Where</th>
                  <th scope="col">Then</th>
                  <th scope="col" className="num">Lag</th>
                </tr>
              </thead>
              <tbody>
                {mapped.rows.map((r) => (
                  <tr key={r.id}>
                    <td style={{ maxWidth: "40ch", overflowWrap: "anywhere" }}>
                      <Link href={`/items/${r.id}`}>{r.title}</Link>
                    </td>
                    <td className="nowrap">{formatDateTime(r.firstAt)}</td>
                    <td>{placeLabel(r.firstPlatform, r.firstCountry)}</td>
                    <td>{r.nextPlatform === null ? "—" : platformName(r.nextPlatform)}</td>
                    <td className="num nowrap">{formatLag(r.lagHours)}</td>
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
