"use client";

import { DatasetFilterFields, type DatasetFilterOptions } from "@/components/filters/dataset-filter-fields";
import { FilterPanel } from "@/components/ui/filter-panel";
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
  return (
    <FilterPanel
      heading="1. Which data"
      gridClassName={styles.filterGrid}
      hasFilters={DATASET_FILTER_KEYS.some((k) => values[k])}
      onClear={() => onChange(Object.fromEntries(DATASET_FILTER_KEYS.map((k) => [k, null])))}
      extra={<p className={`muted ${styles.hint}`}>Dates bound the sightings: an item is exported when it was seen in the range, with its sightings in the range.</p>}
    >
      <DatasetFilterFields values={values} options={options} onChange={onChange} />
    </FilterPanel>
  );
}
