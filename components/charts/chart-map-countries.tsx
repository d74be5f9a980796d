"use client";

import { useMemo } from "react";
import { choroplethColor } from "@/lib/analytics/choropleth";
import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from "@/lib/analytics/world-map";
import { formatInteger } from "@/lib/format/format";
import styles from "./charts.module.css";

interface Props {
  /** Value per alpha-2 code. */
  values: Map<string, number>;
  metricLabel: string;
  summary: string;
}

/** A world choropleth of one country metric. Presentational: values in, SVG out. */
export function ChartMapCountries({ values, metricLabel, summary }: Props) {
  const shapes = useMemo(() => worldShapes(), []);
  const max = Math.max(0, ...values.values());
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} className={styles.map} role="img" aria-label={summary}>
        {shapes.map((s, i) => {
          const v = values.get(s.code) ?? 0;
          return (
            <path key={`${s.code}-${i}`} d={s.d} fill={choroplethColor(v, max)}>
              <title>{`${s.name}: ${formatInteger(v)} ${metricLabel.toLowerCase()}`}</title>
            </path>
          );
        })}
      </svg>
      <figcaption className={styles.scale}>
        <span>0</span>
        <span className={styles.scaleBar} aria-hidden />
        <span>
          {formatInteger(max)} {metricLabel.toLowerCase()}
        </span>
      </figcaption>
    </figure>
  );
}
