"use client";

import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { Typeahead } from "@/components/log/typeahead";
import type { AddAnnotationInput } from "@/lib/items/annotation-schema";
import { apiSend } from "@/lib/lookups/api-send";
import { SaveError } from "./conflict-notice";
import styles from "./item-edit.module.css";
import { itemPath, useItemMutation } from "./use-item-mutation";

type Span = { startOffset: number; endOffset: number; quote: string };

/**
 * Annotating after logging: select a span in an uneditable copy of the text (mouse, or Shift+arrows — the copy is
 * a textarea so the keyboard can select), press "Mark selection" (Alt+M), pick a marker, add a note, save. The
 * offsets are the textarea's, which are the text's own, so the server can check the quote. Saving refetches the
 * item, so the new highlight appears in the text above at once.
 */
export function AnnotationEditor({ itemId, text, onClose }: { itemId: string; text: string; onClose: () => void }) {
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [span, setSpan] = useState<Span | null>(null);
  const [marker, setMarker] = useState<{ slug: string; name: string } | null>(null);
  const [note, setNote] = useState("");
  const [hint, setHint] = useState("");
  const noteRef = useRef<HTMLInputElement>(null);
  const markerInputId = `annotate-marker-${itemId}`;
  // Keyboard flow: marking a span moves to the marker picker, picking a marker moves to the note.
  useEffect(() => {
    if (span && !marker) document.getElementById(markerInputId)?.focus();
    else if (span && marker) noteRef.current?.focus();
  }, [span, marker, markerInputId]);
  const save = useItemMutation(
    itemId,
    () => apiSend("POST", `${itemPath(itemId)}/annotations`, { ...span!, marker: marker!.slug, note: note.trim() || null } satisfies AddAnnotationInput),
    () => {
      setHint(`Saved: “${span!.quote}” marked as ${marker!.name}.`);
      setSpan(null);
      setMarker(null);
      setNote("");
      textRef.current?.focus();
    },
  );

  const markSelection = () => {
    const area = textRef.current;
    const [start, end] = [area?.selectionStart ?? 0, area?.selectionEnd ?? 0];
    if (end <= start) return setHint("Select a span of the text first (Shift+arrows or the mouse), then mark it.");
    setHint("");
    save.reset();
    setSpan({ startOffset: start, endOffset: end, quote: text.slice(start, end) });
  };
  const onTextKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.altKey && event.code === "KeyM") {
      event.preventDefault();
      markSelection();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!span) return markSelection();
    if (!marker) return setHint("Choose a marker for the span.");
    save.mutate();
  };

  return (
    <form className={styles.inlineForm} onSubmit={submit} aria-label="Add annotation">
      <label htmlFor={`annotate-${itemId}`}>Select a span of the text</label>
      <textarea
        id={`annotate-${itemId}`}
        ref={textRef}
        className={`input ${styles.textarea}`}
        value={text}
        // Not readOnly: Chromium moves no caret in a read-only textarea, so Shift+arrows could not select. The
        // value is controlled and every change is dropped, so the text cannot be edited here.
        onChange={() => {}}
        aria-readonly="true"
        spellCheck={false}
        rows={Math.min(8, Math.max(3, Math.ceil(text.length / 90)))}
        onKeyDown={onTextKey}
        aria-keyshortcuts="Alt+M"
      />
      {span ? (
        <>
          <p>
            Marking <q className={styles.quoteText}>{span.quote}</q>
            {marker && <> as <strong>{marker.name}</strong></>}
          </p>
          {marker ? (
            <button type="button" className={`button ${styles.startAligned}`} onClick={() => setMarker(null)}>Change marker</button>
          ) : (
            <Typeahead kind="marker" label="Marker" inputId={markerInputId} placeholder="Marker — calque, homoglyph, diacritics…" onPick={(o) => setMarker({ slug: o.id, name: o.label })} />
          )}
          <div className="field">
            <label htmlFor={`annotate-note-${itemId}`}>Note (optional)</label>
            <input id={`annotate-note-${itemId}`} ref={noteRef} className="input" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
          </div>
          <SaveError error={save.error} itemId={itemId} />
          <div className={styles.buttons}>
            <button type="submit" className="button button-primary" disabled={save.isPending}>Save annotation</button>
            <button type="button" className="button" onClick={() => setSpan(null)}>Choose another span</button>
          </div>
        </>
      ) : (
        <div className={styles.buttons}>
          <button type="button" className="button" onClick={markSelection} aria-keyshortcuts="Alt+M">
            Mark selection <kbd>Alt+M</kbd>
          </button>
          <button type="button" className="button" onClick={onClose}>Done</button>
        </div>
      )}
      {hint && <p role="status">{hint}</p>}
    </form>
  );
}
