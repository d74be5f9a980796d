"use client";

import { useState, type FormEvent } from "react";
import { localDateTime } from "@/components/log/form-state";
import type { ItemDetail } from "@/lib/items/get-item";
import { SaveError } from "./conflict-notice";
import styles from "./item-edit.module.css";
import { patchJson, useItemMutation } from "./use-item-mutation";

type Sighting = ItemDetail["sightings"][number];
const str = (n: number | null) => (n === null ? "" : String(n));
const countOrNull = (v: string) => (v.trim() ? v.replace(/[\s,_]/g, "") : null);

/** Corrects one sighting in place, under the same optimistic lock as items (the version it was opened at). */
export function SightingEditForm({ itemId, sighting, onDone }: { itemId: string; sighting: Sighting; onDone: () => void }) {
  const [form, setForm] = useState({
    observedAt: localDateTime(new Date(sighting.observedAt)),
    views: str(sighting.views),
    shares: str(sighting.shares),
    reactions: str(sighting.reactions),
    audienceCountry: sighting.audienceCountry ?? "",
    notes: sighting.notes ?? "",
  });
  const save = useItemMutation(
    itemId,
    () =>
      patchJson(`/api/sightings/${encodeURIComponent(sighting.id)}`, {
        version: sighting.version,
        observedAt: new Date(form.observedAt).toISOString(),
        views: countOrNull(form.views),
        shares: countOrNull(form.shares),
        reactions: countOrNull(form.reactions),
        audienceCountry: form.audienceCountry.trim() || null,
        notes: form.notes.trim() || null,
      }),
    onDone,
  );
  const field = (key: keyof typeof form, label: string, type = "text") => (
    <div className="field">
      <label htmlFor={`s-${sighting.id}-${key}`}>{label}</label>
      <input id={`s-${sighting.id}-${key}`} className="input" type={type} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
    </div>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className={styles.inlineForm} onSubmit={submit} aria-label="Edit sighting">
      <div className={styles.formGrid}>
        {field("observedAt", "Observed at", "datetime-local")}
        {field("views", "Views")}
        {field("shares", "Shares")}
        {field("reactions", "Reactions")}
        {field("audienceCountry", "Audience country")}
        {field("notes", "Notes")}
      </div>
      <SaveError error={save.error} itemId={itemId} onReload={onDone} />
      <div className={styles.buttons}>
        <button type="submit" className="button button-primary" disabled={save.isPending}>Save sighting</button>
        <button type="button" className="button" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
