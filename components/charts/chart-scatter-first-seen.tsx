"use client";

import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatDateTime, platformName } from "@/lib/format/format";
import { seriesColor } from "./series-colors";
import styles from "./charts.module.css";

export interface FirstSeenDot {
  x: number;
  y: number;
  platform: string;
  title: string;
  lagHours: number;
}

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "2-digit", timeZone: "UTC" });
const axisTick = { fill: "var(--chart-axis)", fontSize: 11 };

/**
 * First-seen timeline: one row per item (earliest at the top), one dot per platform at the moment the item first
 * appeared there, so the spread from platform to platform reads left to right. Presentational.
 */
export function ChartScatterFirstSeen({ dots, rows, summary }: { dots: FirstSeenDot[]; rows: number; summary: string }) {
  const platforms = [...new Set(dots.map((d) => d.platform))].sort();
  const height = Math.min(640, 60 + rows * 14);
  return (
    <figure style={{ margin: 0 }}>
      <ul className={styles.legend} aria-hidden>
        {platforms.map((p, i) => (
          <li key={p}>
            <span className={styles.swatch} style={{ background: seriesColor(i), borderRadius: "50%" }} />
            {p ? platformName(p) : "Unknown"}
          </li>
        ))}
      </ul>
      <div role="img" aria-label={summary} style={{ width: "100%", height }}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height }}>
          <ScatterChart margin={{ top: 8, right: 16, bottom: 0, left: -20 }}>
            <CartesianGrid stroke="var(--chart-grid)" />
            <XAxis
              type="number"
              dataKey="x"
              domain={["dataMin", "dataMax"]}
              scale="time"
              tick={axisTick}
              tickFormatter={(v) => day.format(Number(v))}
              minTickGap={40}
            />
            <YAxis type="number" dataKey="y" reversed domain={[-0.5, Math.max(0, rows - 0.5)]} tick={false} width={24} />
            <Tooltip
              cursor={false}
              content={({ payload }) => {
                const d = payload?.[0]?.payload as FirstSeenDot | undefined;
                if (!d) return null;
                return (
                  <div style={{ background: "#fff", border: "1px solid var(--border)", borderRadius: 4, padding: "6px 8px", fontSize: 12, maxWidth: 280 }}>
                    <strong>{d.title}</strong>
                    <br />
                    {platformName(d.platform)} · {formatDateTime(new Date(d.x).toISOString())}
                    {d.lagHours > 0 && <> · +{d.lagHours} h</>}
                  </div>
                );
              }}
            />
            {platforms.map((p, i) => (
              <Scatter key={p} data={dots.filter((d) => d.platform === p)} fill={seriesColor(i)} isAnimationActive={false} shape="circle" />
            ))}
          </ScatterChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
