import { useId, type FormEvent, type ReactNode } from "react";
import styles from "./list-controls.module.css";
import { SearchBox, type SearchBoxProps } from "./search-box";

interface FilterPanelProps {
  /** The grid's columns and breakpoints, which differ per page. */
  gridClassName: string;
  /** The grid's controls. */
  children: ReactNode;
  /** Accessible name when there is no visible heading. */
  label?: string;
  /** A visible panel header (as the other numbered steps on its page have); it names the panel and holds "Clear filters". */
  heading?: string;
  /** A search box above the grid (lists). It is a form of its own, so it does not go with `onSubmit`. */
  search?: SearchBoxProps;
  /** Makes the panel a form whose "Apply filters" applies uncontrolled controls at once (the audit trail's typed fields). */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  /** "Clear filters" shows while any filter is set; pages whose filters cannot be cleared at once leave it out. */
  hasFilters?: boolean;
  onClear?: () => void;
  /** Content below the grid: the graph's node types, a hint, datalists the controls point at. */
  extra?: ReactNode;
}

/**
 * Every filter bar's panel (lists, analytics, graph, exports, audit trail): an optional search box, a grid of filter
 * controls, optional content below, and "Clear filters" once any filter is set. Filters live in the URL; the page
 * owns them, this only lays them out so every bar looks alike.
 */
export function FilterPanel({ gridClassName, children, label = "Filters", heading, search, onSubmit, hasFilters = false, onClear, extra }: FilterPanelProps) {
  const headingId = useId();
  const clear = hasFilters && onClear && (
    <button type="button" className="button" onClick={onClear}>
      Clear filters
    </button>
  );
  const body = (
    <>
      {heading && (
        <div className="panel-header">
          <h2 id={headingId}>{heading}</h2>
          {clear}
        </div>
      )}
      {search && <SearchBox {...search} />}
      <div className={`${styles.filterGrid} ${gridClassName}`}>{children}</div>
      {extra}
      {(onSubmit || (clear && !heading)) && (
        <div className={styles.filterActions}>
          {onSubmit && (
            <button type="submit" className="button button-primary">
              Apply filters
            </button>
          )}
          {!heading && clear}
        </div>
      )}
    </>
  );
  const className = `panel ${styles.filterPanel} ${heading ? styles.headed : ""}`;
  const name = heading ? { "aria-labelledby": headingId } : { "aria-label": label };
  return onSubmit ? (
    <form className={className} {...name} onSubmit={onSubmit}>
      {body}
    </form>
  ) : (
    <section className={className} {...name}>
      {body}
    </section>
  );
}

/** A list shows the previous page, dimmed, while the next one loads (TanStack Query placeholder data). */
export function StaleWhileLoading({ stale, children }: { stale: boolean; children: ReactNode }) {
  return <div className={stale ? styles.stale : undefined}>{children}</div>;
}
