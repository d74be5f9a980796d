"use client";

import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DailyPoint } from "@/lib/overview/chart-data";
import { formatInteger } from "@/lib/format/format";
import type { ChartConfig } from "./chart-config";

export const sightingsChartConfig = {
  sightings: { label: "Sightings", color: "var(--chart-1)", fill: "var(--chart-1-fill)" },
} satisfies ChartConfig;

interface ChartAreaSightingsProps {
  data: DailyPoint[];
  height?: number;
  /** Text alternative for screen readers: what the chart shows in one sentence. */
  summary: string;
}

/** Sightings per day as an area chart. Presentational: data in, pixels out; it never fetches. */
export function ChartAreaSightings({ data, height = 240, summary }: ChartAreaSightingsProps) {
  const { sightings } = sightingsChartConfig;
  return (
    <figure style={{ margin: 0 }}>
      <div role="img" aria-label={summary} style={{ width: "100%", height }}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height }}>
          <AreaChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -12 }}>
            <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
            <XAxis
              dataKey="label"
              tick={{ fill: "var(--chart-axis)", fontSize: 11 }}
              tickLine={false}
              axisLine={{ stroke: "var(--chart-grid)" }}
              interval="preserveStartEnd"
              minTickGap={28}
            />
            <YAxis
              allowDecimals={false}
              tick={{ fill: "var(--chart-axis)", fontSize: 11 }}
              tickLine={false}
              axisLine={false}
              width={48}
            />
            <Tooltip
              formatter={(value) => [formatInteger(Number(value)), sightings.label]}
              labelFormatter={(_label, payload) => (payload?.[0]?.payload as DailyPoint | undefined)?.day ?? ""}
              contentStyle={{ fontSize: 12, borderRadius: 4, borderColor: "var(--border)" }}
            />
            <Area
              type="stepAfter"
              dataKey="sightings"
              name={sightings.label}
              stroke={sightings.color}
              fill={sightings.fill}
              strokeWidth={1.5}
              isAnimationActive={false}
            />
          </AreaChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
