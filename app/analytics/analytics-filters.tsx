"use client";

import { DatasetFilterFields, type DatasetFilterOptions } from "@/components/filters/dataset-filter-fields";
import { FilterPanel } from "@/components/ui/filter-panel";
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
    <FilterPanel gridClassName={styles.filterGrid} hasFilters={hasFilters} onClear={onClear}>
      <DatasetFilterFields values={params} options={options} onChange={(patch) => setParams(patch as Parameters<SetParams>[0])} />
    </FilterPanel>
  );
}
