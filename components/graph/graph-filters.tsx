"use client";

import { useId } from "react";
import { DatasetFilterFields } from "@/components/filters/dataset-filter-fields";
import { FilterPanel } from "@/components/ui/filter-panel";
import type { GraphSearchParams } from "@/lib/graph/search-params";
import { NODE_TYPES, NODE_TYPE_LABELS, type GraphNodeType } from "@/lib/graph/types";
import styles from "./graph.module.css";

export interface GraphFilterOptions {
  campaigns: { slug: string; name: string }[];
  countries: string[];
  languages: string[];
}

type FilterKey = "campaign" | "from" | "to" | "country" | "language" | "types" | "minConfidence";

/** The dataset filter's fields the graph query reads (it has no platform or verdict); campaign first. */
const GRAPH_FIELDS = ["campaign", "from", "to", "country", "language"] as const;

/** The view's filters; every change goes to the URL (the explorer reads it back from there). */
export function GraphFilters({
  params,
  onChange,
  options,
  campaignLocked,
}: {
  params: Pick<GraphSearchParams, FilterKey>;
  onChange: (patch: Partial<Record<FilterKey, string | null>>) => void;
  options: GraphFilterOptions | undefined;
  campaignLocked: boolean;
}) {
  const id = useId();
  const types = params.types ? (params.types.split(",").filter((t) => (NODE_TYPES as readonly string[]).includes(t)) as GraphNodeType[]) : [...NODE_TYPES];
  const toggle = (type: GraphNodeType) => {
    const next = types.includes(type) ? types.filter((t) => t !== type) : [...types, type];
    onChange({ types: next.length === NODE_TYPES.length || next.length === 0 ? null : NODE_TYPES.filter((t) => next.includes(t)).join(",") });
  };
  return (
    <FilterPanel
      label="Graph filters"
      gridClassName={styles.filterGrid}
      extra={
        <fieldset className={styles.types}>
          <legend>Node types</legend>
          {NODE_TYPES.map((type) => (
            <label key={type} className={styles.typeToggle}>
              <input type="checkbox" checked={types.includes(type)} onChange={() => toggle(type)} /> {NODE_TYPE_LABELS[type]}
            </label>
          ))}
        </fieldset>
      }
    >
      <DatasetFilterFields values={params} options={options} onChange={onChange} fields={campaignLocked ? GRAPH_FIELDS.slice(1) : GRAPH_FIELDS} />
      <div className="field">
        <label htmlFor={`${id}-confidence`}>Minimum confidence</label>
        <input
          id={`${id}-confidence`}
          className="input"
          type="number"
          min={0}
          max={1}
          step={0.05}
          value={params.minConfidence ?? ""}
          placeholder="0"
          onChange={(e) => onChange({ minConfidence: e.target.value || null })}
        />
      </div>
    </FilterPanel>
  );
}
