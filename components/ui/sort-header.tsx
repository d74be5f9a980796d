import styles from "./list-controls.module.css";

interface SortHeaderProps<K extends string> {
  label: string;
  sortKey: K;
  sort: K;
  dir: "asc" | "desc";
  /** Called with the key and the direction a click asks for (a second click on the active column flips it). */
  onSort: (sort: K, dir: "asc" | "desc") => void;
  className?: string;
}

/** A column header whose button sorts the list; aria-sort tells screen readers which column is active. */
export function SortHeader<K extends string>({ label, sortKey, sort, dir, onSort, className }: SortHeaderProps<K>) {
  const active = sort === sortKey;
  const next = active && dir === "desc" ? "asc" : "desc";
  return (
    <th scope="col" className={className} aria-sort={active ? (dir === "desc" ? "descending" : "ascending") : undefined}>
      <button type="button" className={styles.sortButton} onClick={() => onSort(sortKey, next)}>
        {label}
        <span aria-hidden="true" className={styles.sortIcon}>
          {active ? (dir === "desc" ? "▼" : "▲") : "↕"}
        </span>
      </button>
    </th>
  );
}
