"use client";

import { useId } from "react";
import { VERDICTS } from "@/lib/items/schemas";
import type { ItemFilterOptions } from "@/lib/items/get-item-filter-options";
import { countryName, languageName } from "@/lib/format/codes";
import { humanize, platformName } from "@/lib/format/format";
import type { AnalyticsSearchParams } from "./search-params";
import styles from "./analytics.module.css";

type SetParams = import("nuqs").SetValues<typeof import("./search-params").analyticsSearchParams>;
type SelectKey = "campaign" | "country" | "language" | "platform" | "verdict";

/** The dataset filter as form controls; each change rewrites the URL (history entry), which drives every chart. */
export function AnalyticsFilters({ params, setParams, options, onClear, hasFilters }: {
  params: AnalyticsSearchParams;
  setParams: SetParams;
  options: ItemFilterOptions | undefined;
  onClear: () => void;
  hasFilters: boolean;
}) {
  const id = useId();
  const select = (key: SelectKey, label: string, values: { value: string; label: string }[]) => {
    const current = params[key];
    const all = current && !values.some((v) => v.value === current) ? [...values, { value: current, label: current }] : values;
    return (
      <div className="field">
        <label htmlFor={`${id}-${key}`}>{label}</label>
        <select id={`${id}-${key}`} className="select" value={current ?? ""} onChange={(e) => setParams({ [key]: e.target.value || null })}>
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
      <input id={`${id}-${key}`} type="date" className="input" value={params[key] ?? ""} onChange={(e) => setParams({ [key]: e.target.value || null })} />
    </div>
  );
  return (
    <section className={`panel ${styles.filters}`} aria-label="Filters">
      <div className={styles.filterGrid}>
        {select("campaign", "Campaign", (options?.campaigns ?? []).map((c) => ({ value: c.slug, label: c.name })))}
        {date("from", "Seen from")}
        {date("to", "Seen until")}
        {select(
          "country",
          "Target country",
          (options?.countries ?? []).map((c) => ({ value: c, label: `${countryName(c)} (${c})` })).sort((a, b) => a.label.localeCompare(b.label)),
        )}
        {select("language", "Language", (options?.languages ?? []).map((l) => ({ value: l, label: `${languageName(l)} (${l})` })))}
        {select("platform", "Platform", (options?.platforms ?? []).map((p) => ({ value: p, label: platformName(p) })))}
        {select("verdict", "Verdict", VERDICTS.map((v) => ({ value: v, label: humanize(v) })))}
      </div>
      {hasFilters && (
        <div>
          <button type="button" className="button" onClick={onClear}>
            Clear filters
          </button>
        </div>
      )}
    </section>
  );
}
