"use client";

import { useEffect, useRef, useState, type RefObject } from "react";
import { FieldErrors } from "./field-errors";
import type { AnnotationEntry } from "./form-state";
import styles from "./log-form.module.css";
import { Typeahead } from "./typeahead";

type Draft = { quote: string; startOffset: number; endOffset: number; marker: { id: string; name: string } | null; note: string };

/**
 * Language-marker annotations: select a span of the text, press "Mark selection" (or Alt+M in the text), choose a
 * marker from the vocabulary, add a note. Offsets are the textarea's, so the server can check the quote.
 */
export function AnnotationsField({
  textRef,
  text,
  value,
  onChange,
  errors,
}: {
  textRef: RefObject<HTMLTextAreaElement | null>;
  text: string;
  value: AnnotationEntry[];
  onChange: (next: AnnotationEntry[]) => void;
  errors: string[];
}) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [hint, setHint] = useState("");

  const startFromSelection = () => {
    const area = textRef.current;
    const start = area?.selectionStart ?? 0;
    const end = area?.selectionEnd ?? 0;
    if (!area || end <= start) {
      setHint("Select a span of the text first, then mark it.");
      return;
    }
    setHint("");
    setDraft({ quote: text.slice(start, end), startOffset: start, endOffset: end, marker: null, note: "" });
  };
  // Alt+M in the text marks the selection without leaving the keyboard; the latest handler is read through a ref.
  const start = useRef(startFromSelection);
  useEffect(() => {
    start.current = startFromSelection;
  });
  useEffect(() => {
    const area = textRef.current;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && event.code === "KeyM") {
        event.preventDefault();
        start.current();
      }
    };
    area?.addEventListener("keydown", onKey);
    return () => area?.removeEventListener("keydown", onKey);
  }, [textRef]);

  const add = () => {
    if (!draft?.marker) return setHint("Choose a marker for the span.");
    const { quote, startOffset, endOffset, note, marker } = draft;
    onChange([...value, { marker: marker.id, markerName: marker.name, quote, startOffset, endOffset, note }]);
    setDraft(null);
    setHint("");
    textRef.current?.focus();
  };

  return (
    <fieldset className={`${styles.fieldset} ${styles.wide}`}>
      <legend>Language markers</legend>
      {value.length > 0 && (
        <ol className={styles.annotations} aria-label="Annotations">
          {value.map((a, i) => (
            <li key={`${a.startOffset}:${a.marker}:${i}`}>
              <strong>{a.markerName}</strong> <q className={styles.quote}>{a.quote}</q>
              {a.note && <span className="muted"> — {a.note}</span>}
              <button type="button" className={styles.remove} aria-label={`Remove annotation “${a.quote}”`} onClick={() => onChange(value.filter((_, j) => j !== i))}>
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      {draft ? (
        <div className={styles.draft}>
          <p>
            Marking <q className={styles.quote}>{draft.quote}</q>
            {draft.marker && <> as <strong>{draft.marker.name}</strong></>}
          </p>
          {!draft.marker && (
            <Typeahead kind="marker" label="Marker" placeholder="Marker — calque, homoglyph, diacritics…" onPick={(o) => setDraft({ ...draft, marker: { id: o.id, name: o.label } })} />
          )}
          <input className="input" aria-label="Annotation note" placeholder="Note (optional)" value={draft.note} onChange={(e) => setDraft({ ...draft, note: e.target.value })} onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }} />
          <div className={styles.row}>
            <button type="button" className="button" onClick={add}>
              Add annotation
            </button>
            <button type="button" className="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button" onClick={startFromSelection} aria-keyshortcuts="Alt+M">
          Mark selected text <kbd className={styles.kbd}>Alt+M</kbd>
        </button>
      )}
      {hint && <p className={styles.hint} role="status">{hint}</p>}
      <FieldErrors messages={errors} />
    </fieldset>
  );
}
