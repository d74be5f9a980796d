"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ReachPoint } from "@/lib/analytics/chart-data-spread";
import { formatCompact, formatInteger } from "@/lib/format/format";
import type { ChartConfig } from "./chart-config";
import styles from "./charts.module.css";

export const reachChartConfig = {
  views: { label: "Views", color: "var(--series-1)" },
  shares: { label: "Shares", color: "var(--series-2)" },
  reactions: { label: "Reactions", color: "var(--series-3)" },
} satisfies ChartConfig;

const axisTick = { fill: "var(--chart-axis)", fontSize: 11 };

/** Cumulative reach (views, shares, reactions) over time; log-free, views on their own axis. Presentational. */
export function ChartLineReach({ points, summary, height = 240 }: { points: ReachPoint[]; summary: string; height?: number }) {
  const series = Object.entries(reachChartConfig) as [keyof typeof reachChartConfig, { label: string; color: string }][];
  return (
    <figure style={{ margin: 0 }}>
      <ul className={styles.legend} aria-hidden>
        {series.map(([key, s]) => (
          <li key={key}>
            <span className={styles.swatch} style={{ background: s.color }} />
            {s.label}
            {key === "views" ? " (left axis)" : " (right axis)"}
          </li>
        ))}
      </ul>
      <div role="img" aria-label={summary} style={{ width: "100%", height }}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height }}>
          <LineChart data={points} margin={{ top: 8, right: 4, bottom: 0, left: -4 }}>
            <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
            <XAxis dataKey="bucket" tick={axisTick} tickLine={false} axisLine={{ stroke: "var(--chart-grid)" }} minTickGap={32} />
            <YAxis yAxisId="views" tick={axisTick} tickLine={false} axisLine={false} width={52} tickFormatter={(v) => formatCompact(Number(v))} />
            <YAxis yAxisId="other" orientation="right" tick={axisTick} tickLine={false} axisLine={false} width={48} tickFormatter={(v) => formatCompact(Number(v))} />
            <Tooltip
              formatter={(value, name) => [formatInteger(Number(value)), String(name)]}
              contentStyle={{ fontSize: 12, borderRadius: 4, borderColor: "var(--border)" }}
            />
            {series.map(([key, s]) => (
              <Line
                key={key}
                yAxisId={key === "views" ? "views" : "other"}
                type="monotone"
                dataKey={key}
                name={s.label}
                stroke={s.color}
                strokeWidth={1.8}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
