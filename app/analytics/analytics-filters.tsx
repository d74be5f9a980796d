"use client";

import { DatasetFilterFields, type DatasetFilterOptions } from "@/components/filters/dataset-filter-fields";
import type { AnalyticsSearchParams } from "./search-params";
import styles from "./analytics.module.css";

type SetParams = import("nuqs").SetValues<typeof import("./search-params").analyticsSearchParams>;

/** The dataset filter as form controls; each change rewrites the URL (history entry), which drives every chart. */
export function AnalyticsFilters({ params, setParams, options, onClear, hasFilters }: {
  params: AnalyticsSearchParams;
  setParams: SetParams;
  options: DatasetFilterOptions | undefined;
  onClear: () => void;
  hasFilters: boolean;
}) {
  return (
    <section className={`panel ${styles.filters}`} aria-label="Filters">
      <div className={styles.filterGrid}>
        <DatasetFilterFields values={params} options={options} onChange={(patch) => setParams(patch as Parameters<SetParams>[0])} />
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
