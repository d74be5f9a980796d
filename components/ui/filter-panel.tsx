import type { ReactNode } from "react";
import styles from "./list-controls.module.css";
import { SearchBox, type SearchBoxProps } from "./search-box";

/**
 * The filter panel of a list page (items, campaigns): a search box, a grid of filter selects, and "Clear filters"
 * once any filter is set. `gridClassName` sets the grid's columns, which differ per list.
 */
export function FilterPanel({ search, gridClassName, hasFilters, onClear, children }: {
  search: SearchBoxProps;
  gridClassName: string;
  hasFilters: boolean;
  onClear: () => void;
  children: ReactNode;
}) {
  return (
    <section className={`panel ${styles.filterPanel}`} aria-label="Filters">
      <SearchBox {...search} />
      <div className={`${styles.filterGrid} ${gridClassName}`}>{children}</div>
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

/** A list shows the previous page, dimmed, while the next one loads (TanStack Query placeholder data). */
export function StaleWhileLoading({ stale, children }: { stale: boolean; children: ReactNode }) {
  return <div className={stale ? styles.stale : undefined}>{children}</div>;
}
