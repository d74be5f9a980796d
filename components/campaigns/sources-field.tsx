"use client";

import { FieldErrors } from "@/components/log/field-errors";
import type { ErrorsFor } from "@/components/log/use-field-errors";
import type { SourceEntry } from "./campaign-form-state";
import styles from "./campaign-form.module.css";

/** Reports and articles that document the campaign: a title, an optional http(s) link and publisher per row. */
export function SourcesField({ value, onChange, errorsFor }: { value: SourceEntry[]; onChange: (next: SourceEntry[]) => void; errorsFor: ErrorsFor }) {
  const update = (i: number, patch: Partial<SourceEntry>) => onChange(value.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <fieldset className={styles.fieldset}>
      <legend>Sources</legend>
      {value.length === 0 && <p className="faint">No sources yet.</p>}
      {value.map((source, i) => (
        <div key={i} className={styles.sourceRow} role="group" aria-label={`Source ${i + 1}`}>
          <div className="field">
            <label htmlFor={`source-${i}-title`}>Title</label>
            <input id={`source-${i}-title`} className="input" value={source.title} maxLength={500} onChange={(e) => update(i, { title: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`source-${i}-url`}>Link (http or https)</label>
            <input id={`source-${i}-url`} className="input" type="url" value={source.url} onChange={(e) => update(i, { url: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`source-${i}-publisher`}>Publisher</label>
            <input id={`source-${i}-publisher`} className="input" value={source.publisher} maxLength={300} onChange={(e) => update(i, { publisher: e.target.value })} />
          </div>
          <button type="button" className="button" aria-label={`Remove source ${i + 1}`} onClick={() => onChange(value.filter((_, j) => j !== i))}>
            Remove
          </button>
          <FieldErrors messages={errorsFor(`sources.${i}`)} />
        </div>
      ))}
      <div>
        <button type="button" className="button" onClick={() => onChange([...value, { title: "", url: "", publisher: "" }])}>
          Add a source
        </button>
      </div>
    </fieldset>
  );
}
