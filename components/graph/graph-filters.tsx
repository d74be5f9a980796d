"use client";

import { useId } from "react";
import { countryName, languageName } from "@/lib/format/codes";
import type { GraphSearchParams } from "@/lib/graph/search-params";
import { NODE_TYPES, NODE_TYPE_LABELS, type GraphNodeType } from "@/lib/graph/types";
import styles from "./graph.module.css";

export interface GraphFilterOptions {
  campaigns: { slug: string; name: string }[];
  countries: string[];
  languages: string[];
}

type FilterKey = "campaign" | "from" | "to" | "country" | "language" | "types" | "minConfidence";

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
  const select = (key: "campaign" | "country" | "language", label: string, values: { value: string; label: string }[]) => {
    const current = params[key];
    const all = current && !values.some((v) => v.value === current) ? [...values, { value: current, label: current }] : values;
    return (
      <div className="field">
        <label htmlFor={`${id}-${key}`}>{label}</label>
        <select id={`${id}-${key}`} className="select" value={current ?? ""} onChange={(e) => onChange({ [key]: e.target.value || null })}>
          <option value="">All</option>
          {all.map((v) => (
            <option key={v.value} value={v.value}>
              {v.label}
            </option>
          ))}
        </select>
      </div>
    );
  };
  const date = (key: "from" | "to", label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} className="input" type="date" value={params[key] ?? ""} onChange={(e) => onChange({ [key]: e.target.value || null })} />
    </div>
  );
  return (
    <section className={`panel ${styles.filters}`} aria-label="Graph filters">
      <div className={styles.filterGrid}>
        {!campaignLocked && select("campaign", "Campaign", (options?.campaigns ?? []).map((c) => ({ value: c.slug, label: c.name })))}
        {date("from", "Seen from")}
        {date("to", "Seen until")}
        {select(
          "country",
          "Target country",
          (options?.countries ?? []).map((c) => ({ value: c, label: `${countryName(c)} (${c})` })).sort((a, b) => a.label.localeCompare(b.label)),
        )}
        {select("language", "Language", (options?.languages ?? []).map((l) => ({ value: l, label: `${languageName(l)} (${l})` })))}
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
      </div>
      <fieldset className={styles.types}>
        <legend>Node types</legend>
        {NODE_TYPES.map((type) => (
          <label key={type} className={styles.typeToggle}>
            <input type="checkbox" checked={types.includes(type)} onChange={() => toggle(type)} /> {NODE_TYPE_LABELS[type]}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
