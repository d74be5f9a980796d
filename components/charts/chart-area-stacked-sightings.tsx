"use client";

import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { OTHER_KEY, type StackKey, type StackedPoint } from "@/lib/analytics/chart-data-spread";
import { formatInteger } from "@/lib/format/format";
import { seriesColor } from "./series-colors";
import styles from "./charts.module.css";

interface Props {
  keys: StackKey[];
  points: StackedPoint[];
  /** One sentence for screen readers. */
  summary: string;
  height?: number;
  /** What the counts are ("Sightings", "Annotations"). */
  unit?: string;
}

const axisTick = { fill: "var(--chart-axis)", fontSize: 11 };

/** Counts per period, stacked by key (platform, campaign, marker). Presentational. */
export function ChartAreaStackedSightings({ keys, points, summary, height = 260, unit = "Sightings" }: Props) {
  return (
    <figure style={{ margin: 0 }}>
      <ul className={styles.legend} aria-hidden>
        {keys.map((k, i) => (
          <li key={k.key}>
            <span className={styles.swatch} style={{ background: seriesColor(i, k.key === OTHER_KEY) }} />
            {k.label}
          </li>
        ))}
      </ul>
      <div role="img" aria-label={summary} style={{ width: "100%", height }}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height }}>
          <AreaChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: -8 }}>
            <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
            <XAxis dataKey="bucket" tick={axisTick} tickLine={false} axisLine={{ stroke: "var(--chart-grid)" }} minTickGap={32} />
            <YAxis allowDecimals={false} tick={axisTick} tickLine={false} axisLine={false} width={52} />
            <Tooltip
              formatter={(value, name) => [formatInteger(Number(value)), String(name)]}
              contentStyle={{ fontSize: 12, borderRadius: 4, borderColor: "var(--border)" }}
            />
            {keys.map((k, i) => (
              <Area
                key={k.key}
                type="stepAfter"
                dataKey={k.key}
                name={`${k.label} (${unit.toLowerCase()})`}
                stackId="1"
                stroke={seriesColor(i, k.key === OTHER_KEY)}
                fill={seriesColor(i, k.key === OTHER_KEY)}
                fillOpacity={0.55}
                strokeWidth={1}
                isAnimationActive={false}
              />
            ))}
          </AreaChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
