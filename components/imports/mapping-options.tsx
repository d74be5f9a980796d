"use client";

import { useState } from "react";
import type { ImportMapping } from "@/lib/imports/mapping";
import styles from "./imports.module.css";

interface Props {
  mapping: ImportMapping;
  targets: { id: string; label: string }[];
  onChange: (mapping: ImportMapping) => void;
}

/** Fields that make no sense as one value for every row. */
const NOT_CONSTANT = new Set(["rowKey", "item.fileSha256", "item.url", "sighting.url"]);

/** Constants for fields no column gives (platform, observed at, kind, verdict, campaign…) and the strict switch. */
export function MappingOptions({ mapping, targets, onChange }: Props) {
  const [field, setField] = useState("item.platform");
  const [value, setValue] = useState("");
  const add = () => {
    if (!value.trim()) return;
    onChange({ ...mapping, constants: { ...mapping.constants, [field]: value.trim() } });
    setValue("");
  };
  const remove = (f: string) => {
    const { [f]: _removed, ...rest } = mapping.constants;
    onChange({ ...mapping, constants: rest });
  };
  const label = new Map(targets.map((t) => [t.id, t.label]));
  return (
    <fieldset className={styles.options}>
      <legend>Same value for every row</legend>
      {Object.entries(mapping.constants).length > 0 && (
        <ul className={styles.plainList}>
          {Object.entries(mapping.constants).map(([f, v]) => (
            <li key={f}>
              {label.get(f) ?? f} = <span className="mono">{Array.isArray(v) ? v.join(", ") : String(v)}</span>{" "}
              <button type="button" className={styles.linkButton} onClick={() => remove(f)} aria-label={`Remove the constant for ${label.get(f) ?? f}`}>
                remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.constantRow}>
        <label htmlFor="constant-field">Field</label>
        <select id="constant-field" className="select" value={field} onChange={(e) => setField(e.target.value)}>
          {targets.filter((t) => !NOT_CONSTANT.has(t.id)).map((t) => (
            <option key={t.id} value={t.id}>{t.label}</option>
          ))}
        </select>
        <label htmlFor="constant-value">Value</label>
        <input id="constant-value" className="input" value={value} onChange={(e) => setValue(e.target.value)} placeholder="x, 2024-05-01, video…" maxLength={2048} />
        <button type="button" className="button" onClick={add} disabled={!value.trim()}>
          Set for all rows
        </button>
      </div>
      <label className={styles.check}>
        <input type="checkbox" checked={mapping.strict} onChange={(e) => onChange({ ...mapping, strict: e.target.checked })} /> Strict: a value that does not read fails its row (instead of being kept as written)
      </label>
    </fieldset>
  );
}
