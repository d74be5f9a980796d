"use client";

import type { ImportPreview } from "@/lib/imports/job-preview";
import type { ImportMapping } from "@/lib/imports/mapping";
import { isTargetField } from "@/lib/imports/target-fields";
import styles from "./imports.module.css";

interface Props {
  preview: ImportPreview;
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
}

/**
 * One select per column above the first rows of the file. Cells that would fail with this mapping are marked
 * and say why; values are rendered as text, never as HTML.
 */
export function MappingEditor({ preview, mapping, onChange }: Props) {
  const setColumn = (header: string, target: string) =>
    onChange({ ...mapping, columns: { ...mapping.columns, [header]: isTargetField(target) ? target : null } });
  // A field can be filled by one column only: options taken by another column are disabled, not hidden.
  const taken = new Map<string, string>(Object.entries(mapping.columns).flatMap(([h, t]) => (t ? [[t, h] as const] : [])));
  return (
    // Scrolls both ways on small screens: focusable so the keyboard can scroll it too.
    <div className={`table-wrap ${styles.mappingWrap}`} tabIndex={0} role="region" aria-label="Column mapping preview">
      <table className={`data-table ${styles.mapping}`}>
        <caption className="visually-hidden">Column mapping and the first {preview.rows.length} rows</caption>
        <thead>
          <tr>
            <th scope="col" className="num">Row</th>
            {preview.headers.map((header, i) => (
              <th scope="col" key={header}>
                <label className={styles.columnName} htmlFor={`map-${i}`}>
                  {header}
                </label>
                <select
                  id={`map-${i}`}
                  className="select"
                  value={mapping.columns[header] ?? ""}
                  onChange={(event) => setColumn(header, event.target.value)}
                >
                  <option value="">— ignore —</option>
                  {preview.targets.map((t) => (
                    <option key={t.id} value={t.id} disabled={taken.has(t.id) && taken.get(t.id) !== header}>
                      {t.label}
                    </option>
                  ))}
                </select>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => {
            const byColumn = new Map(row.errors.map((e) => [e.field, e.reason]));
            const rowErrors = row.errors.filter((e) => !preview.headers.includes(e.field));
            return (
              <tr key={row.rowNumber} className={row.errors.length ? styles.rowInvalid : undefined}>
                <th scope="row" className="num mono">
                  {row.rowNumber}
                  {rowErrors.map((e) => (
                    <span key={e.field} className={styles.cellError}>
                      {e.field}: {e.reason}
                    </span>
                  ))}
                </th>
                {preview.headers.map((header) => {
                  const error = byColumn.get(header);
                  return (
                    <td key={header} className={error ? styles.cellInvalid : undefined}>
                      <span className={styles.cellValue}>{row.cells[header] ?? ""}</span>
                      {error && <span className={styles.cellError}>{error}</span>}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
