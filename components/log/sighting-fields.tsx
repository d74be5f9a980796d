"use client";

import { PLATFORM_CODES, PLATFORM_LABELS } from "@/lib/codes/platforms";
import { AccountField } from "./account-field";
import { FieldErrors } from "./field-errors";
import type { LogFormState } from "./form-state";
import styles from "./log-form.module.css";
import type { ErrorsFor } from "./use-field-errors";

type Set = <K extends keyof LogFormState>(key: K, value: LogFormState[K]) => void;

function Input({ id, label, path, value, onChange, errorsFor, ...rest }: {
  id: string;
  label: string;
  path: string;
  value: string;
  onChange: (v: string) => void;
  errorsFor: ErrorsFor;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "onChange" | "value" | "id">) {
  const errors = errorsFor(path);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="input" value={value} aria-invalid={errors.length > 0 || undefined} aria-describedby={`${id}-errors`} onChange={(e) => onChange(e.target.value)} {...rest} />
      <FieldErrors id={`${id}-errors`} messages={errors} />
    </div>
  );
}

/** Where and when it was seen, by which account, with what reach: the sighting's own fields. */
export function SightingFields({ state, set, errorsFor, urlAccount }: { state: LogFormState; set: Set; errorsFor: ErrorsFor; urlAccount: string | null }) {
  return (
    <>
      <Input id="log-observed-at" label="Observed at (empty = now)" path="sighting.observedAt" type="datetime-local" value={state.observedAt} onChange={(v) => set("observedAt", v)} errorsFor={errorsFor} />
      <Input id="log-platform" label="Platform" path="sighting.platform" value={state.platform} onChange={(v) => set("platform", v)} errorsFor={errorsFor} placeholder="x, telegram, tiktok…" autoComplete="off" list="log-platform-codes" />
      {/* The vocabulary as suggestions; another name is stored as "other" with the name kept (lib/codes/platforms.ts). */}
      <datalist id="log-platform-codes">
        {PLATFORM_CODES.map((p) => <option key={p} value={p}>{PLATFORM_LABELS[p]}</option>)}
      </datalist>
      <div className={`${styles.reach} ${styles.wide}`}>
        <Input id="log-views" label="Views" path="sighting.views" inputMode="numeric" value={state.views} onChange={(v) => set("views", v)} errorsFor={errorsFor} />
        <Input id="log-shares" label="Shares" path="sighting.shares" inputMode="numeric" value={state.shares} onChange={(v) => set("shares", v)} errorsFor={errorsFor} />
        <Input id="log-reactions" label="Reactions" path="sighting.reactions" inputMode="numeric" value={state.reactions} onChange={(v) => set("reactions", v)} errorsFor={errorsFor} />
        <Input id="log-audience" label="Audience country" path="sighting.audienceCountry" value={state.audienceCountry} onChange={(v) => set("audienceCountry", v)} errorsFor={errorsFor} placeholder="PL" maxLength={2} autoComplete="off" />
      </div>
      <AccountField value={state.account} platform={state.platform} fromUrl={urlAccount} onChange={(v) => set("account", v)} errors={errorsFor("sighting.account")} />
      <Input id="log-sighting-notes" label="Notes on this sighting" path="sighting.notes" value={state.sightingNotes} onChange={(v) => set("sightingNotes", v)} errorsFor={errorsFor} />
    </>
  );
}
