"use client";

import { useId } from "react";
import { DatasetFilterFields, type DatasetFilterOptions } from "@/components/filters/dataset-filter-fields";
import { DATASET_FILTER_KEYS, type DatasetFilterKey } from "@/lib/filters/search-params";
import styles from "./exports.module.css";

export type FilterValues = Record<DatasetFilterKey, string | null>;

interface ExportFiltersProps {
  values: FilterValues;
  options: DatasetFilterOptions | undefined;
  onChange: (next: Partial<FilterValues>) => void;
}

/** The shared dataset filter as a form; presentational (options come from the page). */
export function ExportFilters({ values, options, onChange }: ExportFiltersProps) {
  const id = useId();
  const active = DATASET_FILTER_KEYS.some((k) => values[k]);
  return (
    <section className={`panel ${styles.section}`} aria-labelledby={`${id}-title`}>
      <div className="panel-header">
        <h2 id={`${id}-title`}>1. Which data</h2>
        {active && (
          <button type="button" className="button" onClick={() => onChange(Object.fromEntries(DATASET_FILTER_KEYS.map((k) => [k, null])))}>
            Clear filters
          </button>
        )}
      </div>
      <div className={styles.filterGrid}>
        <DatasetFilterFields values={values} options={options} onChange={onChange} />
      </div>
      <p className={`muted ${styles.hint}`}>Dates bound the sightings: an item is exported when it was seen in the range, with its sightings in the range.</p>
    </section>
  );
}
