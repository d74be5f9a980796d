"use client";

import { useId, useState, type ReactNode } from "react";
import { csvFileName, tableToCsv } from "@/lib/analytics/chart-data-csv";
import type { DataTable } from "@/lib/analytics/chart-data-table";
import { DataTableView } from "./data-table-view";
import styles from "./charts.module.css";

interface ChartPanelProps {
  /** Stable name, used for the CSV file and test ids ("sightings-over-time"). */
  name: string;
  title: string;
  note?: ReactNode;
  /** The data the chart draws, exactly: shown by "Table", written by "Download CSV". */
  table: DataTable | null;
  /** The filter, for the CSV's file name. */
  filter?: Record<string, string | undefined | null>;
  /** Extra controls (interval, stack, metric) shown in the header. */
  controls?: ReactNode;
  /** Shown below the chart in both views: definitions, caveats. */
  footer?: ReactNode;
  busy?: boolean;
  children: ReactNode;
}

/**
 * A chart with its two alternatives: an accessible data table (toggle) and a CSV download of the same rows.
 * Presentational: the container passes the mapped data in.
 */
export function ChartPanel({ name, title, note, table, filter = {}, controls, footer, busy, children }: ChartPanelProps) {
  const [view, setView] = useState<"chart" | "table">("chart");
  const headingId = useId();
  const download = (spreadsheet: boolean) => {
    if (!table) return;
    const blob = new Blob([tableToCsv(table, { spreadsheet })], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = csvFileName(spreadsheet ? `${name}-excel` : name, filter);
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  };
  return (
    <section className={`panel ${styles.chartPanel}`} aria-labelledby={headingId} aria-busy={busy} data-chart={name}>
      <div className="panel-header">
        <h2 id={headingId}>{title}</h2>
        {note && <span className="panel-note">{note}</span>}
        <div className={styles.tools} data-print="hide">
          {controls}
          <div className={styles.segmented} role="group" aria-label={`${title}: view`}>
            <button type="button" aria-pressed={view === "chart"} onClick={() => setView("chart")}>
              Chart
            </button>
            <button type="button" aria-pressed={view === "table"} onClick={() => setView("table")}>
              Table
            </button>
          </div>
          <button type="button" className="button" onClick={() => download(false)} disabled={!table || table.rows.length === 0}>
            Download CSV
          </button>
          <button
            type="button"
            className="button"
            onClick={() => download(true)}
            disabled={!table || table.rows.length === 0}
            title="The same CSV starting with a UTF-8 byte order mark, so Excel shows Polish and Cyrillic text correctly"
          >
            CSV for Excel
          </button>
        </div>
      </div>
      <div className={`panel-body ${busy ? styles.stale : ""}`}>
        {view === "table" && table ? <DataTableView table={table} caption={title} /> : children}
        {footer && <div className={styles.footer}>{footer}</div>}
      </div>
    </section>
  );
}
