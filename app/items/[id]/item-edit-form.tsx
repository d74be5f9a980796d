"use client";

import { useState, type FormEvent } from "react";
import { localDateTime } from "@/components/log/form-state";
import { PLATFORM_CODES, PLATFORM_LABELS } from "@/lib/codes/platforms";
import { humanize, platformName } from "@/lib/format/format";
import { ItemKind, Manipulation, Verdict } from "@/lib/generated/prisma/enums";
import type { ItemDetail } from "@/lib/items/get-item";
import type { UpdateItemInput } from "@/lib/items/update-item-schema";
import { SaveError } from "./conflict-notice";
import styles from "./item-edit.module.css";
import { itemPath, patchJson, useItemMutation } from "./use-item-mutation";

function initial(item: ItemDetail) {
  return {
    title: item.title ?? "",
    text: item.text ?? "",
    url: item.originalUrl ?? "",
    kind: item.kind,
    verdict: item.verdict,
    platform: item.platform ?? "",
    languages: item.languages.join(", "),
    publishedAt: item.publishedAt ? localDateTime(new Date(item.publishedAt)) : "",
    archiveUrl: item.archiveUrl ?? "",
    notes: item.notes ?? "",
    targetCountries: item.targetCountries.join(", "),
    manipulations: item.manipulations as Manipulation[],
  };
}
type EditState = ReturnType<typeof initial>;

/** Only the fields the person changed are sent, with the version the form was opened at. */
function changes(before: EditState, after: EditState, version: number, confirmLanguages: boolean): UpdateItemInput {
  const body: UpdateItemInput = { version };
  const text = (v: string) => (v.trim() ? v.trim() : null);
  for (const key of ["title", "text", "url", "platform", "archiveUrl", "notes"] as const) {
    if (before[key] !== after[key]) body[key] = text(after[key]);
  }
  // Saving the languages (changed or not) confirms them: a detected guess becomes the person's.
  if (before.languages !== after.languages || confirmLanguages) body.languages = after.languages.split(/[\s,;]+/).filter(Boolean);
  if (before.kind !== after.kind) body.kind = after.kind;
  if (before.verdict !== after.verdict) body.verdict = after.verdict;
  if (before.publishedAt !== after.publishedAt) body.publishedAt = after.publishedAt ? new Date(after.publishedAt).toISOString() : null;
  if (before.targetCountries !== after.targetCountries) body.targetCountries = after.targetCountries.split(/[\s,;]+/).filter(Boolean);
  if (before.manipulations.join() !== after.manipulations.join()) body.manipulations = after.manipulations;
  return body;
}

export function ItemEditForm({ item, onDone }: { item: ItemDetail; onDone: () => void }) {
  const [opened] = useState(() => ({ state: initial(item), version: item.version }));
  const [form, setForm] = useState(opened.state);
  const [confirmLanguages, setConfirmLanguages] = useState(false);
  const save = useItemMutation(item.id, () => patchJson(itemPath(item.id), changes(opened.state, form, opened.version, confirmLanguages)), onDone);
  const set = <K extends keyof EditState>(key: K, value: EditState[K]) => setForm({ ...form, [key]: value });
  const input = (key: "title" | "url" | "languages" | "archiveUrl" | "targetCountries" | "publishedAt", label: string, type = "text", wide = false) => (
    <div className={wide ? `field ${styles.span2}` : "field"}>
      <label htmlFor={`edit-${key}`}>{label}</label>
      <input id={`edit-${key}`} className="input" type={type} value={form[key]} onChange={(e) => set(key, e.target.value)} />
    </div>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const toggle = (m: Manipulation) => set("manipulations", form.manipulations.includes(m) ? form.manipulations.filter((x) => x !== m) : [...form.manipulations, m]);
  return (
    <form className={`panel ${styles.editForm}`} onSubmit={submit} aria-label="Edit item" onKeyDown={(e) => e.key === "Enter" && (e.ctrlKey || e.metaKey) && submit(e)}>
      <div className="panel-header">
        <h2>Edit item</h2>
        <span className="panel-note">version {opened.version}</span>
      </div>
      <div className={styles.formGrid}>
        {input("title", "Title", "text", true)}
        {input("url", "URL", "text", true)}
        <div className="field">
          <label htmlFor="edit-kind">Kind</label>
          <select id="edit-kind" className="select" value={form.kind} onChange={(e) => set("kind", e.target.value as ItemKind)}>
            {Object.values(ItemKind).map((k) => <option key={k} value={k}>{humanize(k)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="edit-verdict">Verdict</label>
          <select id="edit-verdict" className="select" value={form.verdict} onChange={(e) => set("verdict", e.target.value as Verdict)}>
            {Object.values(Verdict).map((v) => <option key={v} value={v}>{humanize(v)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="edit-platform">Platform</label>
          <select id="edit-platform" className="select" value={form.platform} onChange={(e) => set("platform", e.target.value)}>
            <option value="">—</option>
            {PLATFORM_CODES.map((p) => <option key={p} value={p}>{p === "other" && item.platformRaw ? platformName(p, item.platformRaw) : PLATFORM_LABELS[p]}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="edit-languages">Languages (BCP 47, comma-separated)</label>
          <input id="edit-languages" className="input" value={form.languages} onChange={(e) => set("languages", e.target.value)} />
          {item.languagesDetected && (
            <label className={styles.confirm}>
              <input type="checkbox" checked={confirmLanguages} onChange={(e) => setConfirmLanguages(e.target.checked)} /> Detected, not confirmed — confirm
            </label>
          )}
        </div>
        {input("publishedAt", "Published at", "datetime-local")}
        {input("targetCountries", "Target countries (codes, comma-separated)")}
        {input("archiveUrl", "Archive URL")}
      </div>
      <div className="field">
        <label htmlFor="edit-text">Text or transcript</label>
        <textarea id="edit-text" className={`input ${styles.textarea}`} rows={5} value={form.text} onChange={(e) => set("text", e.target.value)} />
      </div>
      <fieldset className={styles.checks}>
        <legend>Manipulation techniques</legend>
        {Object.values(Manipulation).map((m) => (
          <label key={m}><input type="checkbox" checked={form.manipulations.includes(m)} onChange={() => toggle(m)} /> {humanize(m)}</label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="edit-notes">Notes</label>
        <textarea id="edit-notes" className={`input ${styles.textarea}`} rows={2} value={form.notes} onChange={(e) => set("notes", e.target.value)} />
      </div>
      <SaveError error={save.error} itemId={item.id} onReload={onDone} />
      <div className={styles.buttons}>
        <button type="submit" className="button button-primary" disabled={save.isPending}>{save.isPending ? "Saving…" : "Save changes"}</button>
        <button type="button" className="button" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
