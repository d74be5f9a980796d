"use client";

import { useId } from "react";
import { formatEstimate, formatInteger } from "@/lib/format/format";
import type { ItemsListResponse } from "@/lib/items/list-items";
import { PAGE_SIZES } from "@/lib/items/schemas";
import type { SetItemsParams } from "./search-params";
import styles from "./items.module.css";

export function ItemsPagination({ data, setParams }: { data: ItemsListResponse; setParams: SetItemsParams }) {
  const id = useId();
  const { page, pageSize, total, totalIsLowerBound, totalIsEstimate, items } = data;
  const approximate = totalIsLowerBound || totalIsEstimate;
  const first = (page - 1) * pageSize + 1;
  const last = first + items.length - 1;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const hasNext = approximate ? items.length === pageSize : page < pages;
  const about = totalIsEstimate ? "about " : "";
  const shown = (n: number) => (totalIsEstimate ? formatEstimate(n) : formatInteger(n));
  return (
    <nav className={styles.pagination} aria-label="Pages">
      <p className="muted" aria-live="polite">
        {formatInteger(first)}–{formatInteger(last)} of {about}
        {shown(total)}
        {totalIsLowerBound ? "+" : ""} · page {formatInteger(page)} of {about}
        {shown(pages)}
        {totalIsLowerBound ? "+" : ""}
      </p>
      <div className={styles.pageControls}>
        <label htmlFor={`${id}-size`} className="field-label">
          Per page
        </label>
        <select
          id={`${id}-size`}
          className="select"
          value={pageSize}
          onChange={(e) => setParams({ pageSize: Number(e.target.value) as (typeof PAGE_SIZES)[number], page: null })}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
        <button type="button" className="button" disabled={page <= 1} onClick={() => setParams({ page: page - 1 })}>
          ← Previous
        </button>
        <button type="button" className="button" disabled={!hasNext} onClick={() => setParams({ page: page + 1 })}>
          Next →
        </button>
      </div>
    </nav>
  );
}
