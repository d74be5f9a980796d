"use client";

import type { RefObject } from "react";
import { humanize } from "@/lib/format/format";
import { ItemKind, Manipulation, Verdict } from "@/lib/generated/prisma/enums";
import { AnnotationsField } from "./annotations-field";
import { CountryField } from "./country-field";
import { DisarmPicker } from "./disarm-picker";
import { FieldErrors } from "./field-errors";
import type { LogFormState } from "./form-state";
import { LanguageField } from "./language-field";
import styles from "./log-form.module.css";
import { PartyField } from "./party-field";
import { Typeahead } from "./typeahead";
import type { ErrorsFor } from "./use-field-errors";

type Set = <K extends keyof LogFormState>(key: K, value: LogFormState[K]) => void;

interface Props {
  state: LogFormState;
  set: Set;
  errorsFor: ErrorsFor;
  textRef: RefObject<HTMLTextAreaElement | null>;
}

/** The item's own fields: what the content is, says and does. Hidden while attaching to a known item. */
export function ItemFields({ state, set, errorsFor, textRef }: Props) {
  const toggleManipulation = (m: Manipulation) =>
    set("manipulations", state.manipulations.includes(m) ? state.manipulations.filter((x) => x !== m) : [...state.manipulations, m]);
  return (
    <>
      <div className="field">
        <label htmlFor="log-kind">Kind</label>
        <select id="log-kind" className="select" value={state.kind} onChange={(e) => set("kind", e.target.value as ItemKind)}>
          {Object.values(ItemKind).map((k) => (
            <option key={k} value={k}>{humanize(k)}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="log-verdict">Verdict</label>
        <select id="log-verdict" className="select" value={state.verdict} onChange={(e) => set("verdict", e.target.value as Verdict)}>
          {Object.values(Verdict).map((v) => (
            <option key={v} value={v}>{humanize(v)}</option>
          ))}
        </select>
      </div>
      <div className={`field ${styles.wide}`}>
        <label htmlFor="log-title">Title</label>
        <input id="log-title" className="input" value={state.title} aria-invalid={errorsFor("item.title").length > 0 || undefined} onChange={(e) => set("title", e.target.value)} placeholder="A short description — e.g. Deepfake: professor insults Macron" />
        <FieldErrors messages={errorsFor("item.title")} />
      </div>
      <div className={`field ${styles.wide}`}>
        <label htmlFor="log-text">Text or transcript</label>
        <textarea id="log-text" ref={textRef} className={`input ${styles.textarea}`} value={state.text} rows={6} aria-invalid={errorsFor("item.text").length > 0 || undefined} onChange={(e) => set("text", e.target.value)} placeholder="Paste the post's text or the video's transcript. Select a span and press Alt+M to mark it." />
        <FieldErrors messages={errorsFor("item.text")} />
      </div>
      <AnnotationsField textRef={textRef} text={state.text} value={state.annotations} onChange={(v) => set("annotations", v)} errors={errorsFor("item.annotations")} />
      <LanguageField
        value={state.languages}
        detected={state.languagesDetected}
        text={state.text.trim() ? state.text : state.title}
        onChange={(v, isDetected) => {
          set("languages", v);
          set("languagesDetected", isDetected);
        }}
        errors={errorsFor("item.languages")}
      />
      <div className="field">
        <label htmlFor="log-published">Published at</label>
        <input id="log-published" className="input" type="datetime-local" value={state.publishedAt} aria-invalid={errorsFor("item.publishedAt").length > 0 || undefined} onChange={(e) => set("publishedAt", e.target.value)} />
        <FieldErrors messages={errorsFor("item.publishedAt")} />
      </div>
      <PartyField kind="person" label="Persons" value={state.persons} onChange={(v) => set("persons", v)} errors={errorsFor("item.persons")} />
      <PartyField kind="organization" label="Organisations" value={state.organizations} onChange={(v) => set("organizations", v)} errors={errorsFor("item.organizations")} />
      <CountryField value={state.targetCountries} onChange={(v) => set("targetCountries", v)} errors={errorsFor("item.targetCountries")} />
      <div className="field">
        <label htmlFor="log-campaign">Campaign (optional)</label>
        {state.campaign ? (
          <div className={styles.entry}>
            <span className={styles.entryName}>{state.campaign.name}</span>
            <button type="button" className={styles.remove} aria-label={`Remove campaign ${state.campaign.name}`} onClick={() => set("campaign", null)}>×</button>
          </div>
        ) : (
          <Typeahead kind="campaign" inputId="log-campaign" label="Campaign" placeholder="e.g. Matryoshka" onPick={(o) => set("campaign", { slug: o.id, name: o.label })} />
        )}
        <FieldErrors messages={errorsFor("item.campaign")} />
      </div>
      <fieldset className={`${styles.fieldset} ${styles.wide}`}>
        <legend>Manipulation techniques</legend>
        <div className={styles.checks}>
          {Object.values(Manipulation).map((m) => (
            <label key={m} className={styles.check}>
              <input type="checkbox" checked={state.manipulations.includes(m)} onChange={() => toggleManipulation(m)} /> {humanize(m)}
            </label>
          ))}
        </div>
        <FieldErrors messages={errorsFor("item.manipulations")} />
      </fieldset>
      <DisarmPicker value={state.techniques} onChange={(v) => set("techniques", v)} errors={errorsFor("item.techniques")} />
      <div className="field">
        <label htmlFor="log-archive">Archive URL</label>
        <input id="log-archive" className="input" inputMode="url" value={state.archiveUrl} aria-invalid={errorsFor("item.archiveUrl").length > 0 || undefined} onChange={(e) => set("archiveUrl", e.target.value)} placeholder="https://web.archive.org/…" />
        <FieldErrors messages={errorsFor("item.archiveUrl")} />
      </div>
      <div className={`field ${styles.wide}`}>
        <label htmlFor="log-notes">Notes on the item</label>
        <textarea id="log-notes" className={`input ${styles.textarea}`} rows={2} value={state.notes} onChange={(e) => set("notes", e.target.value)} />
        <FieldErrors messages={errorsFor("item.notes")} />
      </div>
    </>
  );
}
