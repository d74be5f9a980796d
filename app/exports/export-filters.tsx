"use client";

import { useId } from "react";
import { countryName, languageName } from "@/lib/format/codes";
import { humanize, platformName } from "@/lib/format/format";
import type { ItemFilterOptions } from "@/lib/items/get-item-filter-options";
import { VERDICTS } from "@/lib/items/schemas";
import styles from "./exports.module.css";

export const FILTER_KEYS = ["campaign", "from", "to", "country", "language", "platform", "verdict"] as const;
export type FilterValues = Record<(typeof FILTER_KEYS)[number], string | null>;

interface ExportFiltersProps {
  values: FilterValues;
  options: ItemFilterOptions | undefined;
  onChange: (next: Partial<FilterValues>) => void;
}

/** The shared dataset filter as a form; presentational (options come from the page). */
export function ExportFilters({ values, options, onChange }: ExportFiltersProps) {
  const id = useId();
  const select = (key: Exclude<(typeof FILTER_KEYS)[number], "from" | "to">, label: string, choices: { value: string; label: string }[]) => {
    const current = values[key];
    const all = current && !choices.some((c) => c.value === current) ? [...choices, { value: current, label: current }] : choices;
    return (
      <div className="field">
        <label htmlFor={`${id}-${key}`}>{label}</label>
        <select id={`${id}-${key}`} className="select" value={current ?? ""} onChange={(e) => onChange({ [key]: e.target.value || null })}>
          <option value="">All</option>
          {all.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
    );
  };
  const date = (key: "from" | "to", label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} className="input" type="date" value={values[key] ?? ""} onChange={(e) => onChange({ [key]: e.target.value || null })} />
    </div>
  );
  const active = FILTER_KEYS.some((k) => values[k]);
  return (
    <section className={`panel ${styles.section}`} aria-labelledby={`${id}-title`}>
      <div className="panel-header">
        <h2 id={`${id}-title`}>1. Which data</h2>
        {active && (
          <button type="button" className="button" onClick={() => onChange(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])))}>
            Clear filters
          </button>
        )}
      </div>
      <div className={styles.filterGrid}>
        {select("campaign", "Campaign", (options?.campaigns ?? []).map((c) => ({ value: c.slug, label: c.name })))}
        {date("from", "Seen from")}
        {date("to", "Seen until")}
        {select("country", "Target country", (options?.countries ?? []).map((c) => ({ value: c, label: `${countryName(c)} (${c})` })).sort((a, b) => a.label.localeCompare(b.label)))}
        {select("language", "Language", (options?.languages ?? []).map((l) => ({ value: l, label: `${languageName(l)} (${l})` })))}
        {select("platform", "Platform", (options?.platforms ?? []).map((p) => ({ value: p, label: platformName(p) })))}
        {select("verdict", "Verdict", VERDICTS.map((v) => ({ value: v, label: humanize(v) })))}
      </div>
      <p className={`muted ${styles.hint}`}>Dates bound the sightings: an item is exported when it was seen in the range, with its sightings in the range.</p>
    </section>
  );
}
