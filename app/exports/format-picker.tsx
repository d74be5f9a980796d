"use client";

import { useId, type ReactNode } from "react";
import { FORMAT_INFO } from "@/lib/exports/format-info";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/exports/schemas";
import styles from "./exports.module.css";

/** The six formats as radio cards, each saying what it holds and which tools open it. */
export function FormatPicker({ value, onChange, children }: { value: ExportFormat; onChange: (format: ExportFormat) => void; children?: ReactNode }) {
  const id = useId();
  return (
    <section className={`panel ${styles.section}`} aria-labelledby={`${id}-title`}>
      <div className="panel-header">
        <h2 id={`${id}-title`}>2. Format</h2>
      </div>
      <div className={styles.formats} role="radiogroup" aria-labelledby={`${id}-title`}>
        {EXPORT_FORMATS.map((format) => (
          <label key={format} className={styles.format} data-checked={format === value || undefined}>
            <input
              type="radio"
              name={`${id}-format`}
              value={format}
              checked={format === value}
              onChange={() => onChange(format)}
              aria-label={FORMAT_INFO[format].label}
              aria-describedby={`${id}-${format}-summary`}
            />
            <span className={styles.formatText}>
              <span className={styles.formatLabel}>
                {FORMAT_INFO[format].label} <span className="faint">{FORMAT_INFO[format].file}</span>
              </span>
              <span className={styles.formatSummary} id={`${id}-${format}-summary`}>
                {FORMAT_INFO[format].summary}
              </span>
            </span>
          </label>
        ))}
      </div>
      {children}
    </section>
  );
}
