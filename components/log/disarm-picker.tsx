"use client";

import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useMemo, useState } from "react";
import { logQueries } from "@/lib/lookups/query-options";
import type { DisarmPickerCatalog } from "@/lib/lookups/schemas";
import { FieldErrors } from "./field-errors";
import styles from "./log-form.module.css";

type Group = { tactic: DisarmPickerCatalog["tactics"][number]; techniques: DisarmPickerCatalog["techniques"] };

/** Techniques matching every word of the query (in id or name), grouped by tactic in framework order. */
export function filterDisarm(catalog: DisarmPickerCatalog, query: string): Group[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const match = (t: DisarmPickerCatalog["techniques"][number]) => {
    const hay = `${t.id} ${t.name}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  };
  return catalog.tactics
    .map((tactic) => ({ tactic, techniques: catalog.techniques.filter((t) => t.tacticId === tactic.id && match(t)) }))
    .filter((g) => g.techniques.length > 0);
}

/**
 * A searchable picker over all 391 DISARM Red techniques: the catalog loads once, filtering runs in the browser.
 * Each technique is a checkbox, so Tab, Space and screen readers work as everywhere else.
 */
export function DisarmPicker({ value, onChange, errors }: { value: string[]; onChange: (ids: string[]) => void; errors: string[] }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const { data: catalog, error } = useQuery({ ...logQueries.disarm(), enabled: open || value.length > 0 });
  const groups = useMemo(() => (catalog ? filterDisarm(catalog, deferred) : []), [catalog, deferred]);
  const names = useMemo(() => new Map(catalog?.techniques.map((t) => [t.id, t.name]) ?? []), [catalog]);
  const shown = groups.reduce((n, g) => n + g.techniques.length, 0);
  const toggle = (id: string) => onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id]);

  return (
    <fieldset className={`${styles.fieldset} ${styles.wide}`}>
      <legend>DISARM techniques</legend>
      {value.length > 0 && (
        <ul className={styles.chips} aria-label="Chosen DISARM techniques">
          {value.map((id) => (
            <li key={id} className="chip">
              <code>{id}</code> {names.get(id) ?? ""}
              <button type="button" className={styles.remove} aria-label={`Remove ${id}`} onClick={() => toggle(id)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" aria-expanded={open} aria-controls="disarm-picker" onClick={() => setOpen(!open)}>
        {open ? "Close technique picker" : "Choose DISARM techniques…"}
      </button>
      {open && (
        <div id="disarm-picker" className={styles.disarm}>
          <input
            className="input"
            type="search"
            aria-label="Search DISARM techniques by id or name"
            placeholder="Search by id or name — T0087, impersonate, deepfake…"
            value={query}
            autoFocus
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => e.key === "Enter" && e.preventDefault()}
          />
          <p className={styles.hint} aria-live="polite">
            {error ? "Could not load the DISARM catalog." : catalog ? `${shown} of ${catalog.techniques.length} techniques` : "Loading…"}
          </p>
          <div className={styles.disarmGroups}>
            {groups.map(({ tactic, techniques }) => (
              <fieldset key={tactic.id} className={styles.disarmGroup}>
                <legend>
                  <code>{tactic.id}</code> {tactic.name} <span className="faint">· {tactic.phase}</span>
                </legend>
                {techniques.map((t) => (
                  <label key={t.id} className={`${styles.check} ${t.parentId ? styles.subTechnique : ""}`}>
                    <input type="checkbox" checked={value.includes(t.id)} onChange={() => toggle(t.id)} />
                    <code>{t.id}</code> {t.name}
                  </label>
                ))}
              </fieldset>
            ))}
          </div>
        </div>
      )}
      <FieldErrors messages={errors} />
    </fieldset>
  );
}
