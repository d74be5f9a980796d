"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { CountryField } from "@/components/log/country-field";
import { DisarmPicker } from "@/components/log/disarm-picker";
import { FieldErrors } from "@/components/log/field-errors";
import { Typeahead } from "@/components/log/typeahead";
import { useFieldErrors } from "@/components/log/use-field-errors";
import { SaveError } from "@/components/ui/save-error";
import type { CampaignDto } from "@/lib/campaigns/schemas";
import { countryName } from "@/lib/format/codes";
import { humanize } from "@/lib/format/format";
import { ApiClientError } from "@/lib/http/api-client";
import { apiSend } from "@/lib/lookups/api-send";
import { keys } from "@/lib/query-keys";
import { createBody, type CampaignFormState, updateBody } from "./campaign-form-state";
import { SourcesField } from "./sources-field";
import styles from "./campaign-form.module.css";

const STATUSES = ["active", "dormant", "concluded"] as const;

interface CampaignFormProps {
  initial: CampaignFormState;
  /** Editing: the campaign's id and the version the form was opened at; creating when absent. */
  editing?: { id: string; slug: string; version: number };
}

/**
 * Create or edit a campaign. Edits send only what changed with the version they started from: if someone saved in
 * between, the server answers 409, nothing is overwritten and the form says so. Server errors sit next to their fields.
 */
export function CampaignForm({ initial, editing }: CampaignFormProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(initial);
  const set = <K extends keyof CampaignFormState>(key: K, value: CampaignFormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const save = useMutation({
    mutationFn: () =>
      editing
        ? apiSend<CampaignDto>("PATCH", `/api/campaigns/${editing.id}`, updateBody(initial, form, editing.version))
        : apiSend<CampaignDto>("POST", "/api/campaigns", createBody(form)),
    onSuccess: async (saved) => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: keys.campaigns.all }), queryClient.invalidateQueries({ queryKey: keys.items.all })]);
      router.push(`/campaigns/${saved.slug}`);
      router.refresh();
    },
  });
  const details = save.error instanceof ApiClientError ? save.error.details : [];
  const errorsFor = useFieldErrors(details);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <form className={`panel ${styles.form}`} onSubmit={submit} noValidate aria-label={editing ? "Edit campaign" : "New campaign"}>
      <div className={styles.grid}>
        <div className="field">
          <label htmlFor="campaign-name">Name</label>
          <input id="campaign-name" className="input" value={form.name} maxLength={200} required onChange={(e) => set("name", e.target.value)} aria-invalid={errorsFor("name").length > 0 || undefined} />
          <FieldErrors messages={errorsFor("name", "slug")} />
        </div>
        <div className="field">
          <label htmlFor="campaign-status">Status</label>
          <select id="campaign-status" className="select" value={form.status} onChange={(e) => set("status", e.target.value as CampaignFormState["status"])}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {humanize(s)}
              </option>
            ))}
          </select>
          <FieldErrors messages={errorsFor("status")} />
        </div>
        <div className="field">
          <label htmlFor="campaign-aliases">Aliases (one per line)</label>
          <textarea id="campaign-aliases" className={`input ${styles.textarea}`} rows={3} value={form.aliases} onChange={(e) => set("aliases", e.target.value)} />
          <FieldErrors messages={errorsFor("aliases")} />
        </div>
        <div className="field">
          <label htmlFor="campaign-actor">Threat actor</label>
          {form.threatActor ? (
            <span className="chip">
              {form.threatActor.name}
              {!form.threatActor.id && <span className="faint"> (new)</span>}
              <button type="button" className={styles.remove} aria-label={`Remove ${form.threatActor.name}`} onClick={() => set("threatActor", null)}>
                ×
              </button>
            </span>
          ) : (
            <Typeahead
              kind="threat_actor"
              inputId="campaign-actor"
              label="Threat actor"
              placeholder="Pick or create — e.g. Social Design Agency"
              allowCreate
              onPick={(option, created) => set("threatActor", created ? { name: option.label } : { id: option.id, name: option.label })}
            />
          )}
          <FieldErrors messages={errorsFor("threatActorId", "newThreatActor")} />
        </div>
        <div className="field">
          <label htmlFor="campaign-origin">Origin country</label>
          {form.originCountry ? (
            <span className="chip">
              {countryName(form.originCountry)} ({form.originCountry})
              <button type="button" className={styles.remove} aria-label={`Remove origin ${countryName(form.originCountry)}`} onClick={() => set("originCountry", null)}>
                ×
              </button>
            </span>
          ) : (
            <Typeahead kind="country" inputId="campaign-origin" label="Origin country" placeholder="Name or code — Russia, RU" onPick={(option) => set("originCountry", option.id)} />
          )}
          <FieldErrors messages={errorsFor("originCountry")} />
        </div>
        <CountryField id="campaign-targets" label="Target countries" value={form.targetCountries} onChange={(v) => set("targetCountries", v)} errors={errorsFor("targetCountries")} />
      </div>
      <div className="field">
        <label htmlFor="campaign-description">Description</label>
        <textarea
          id="campaign-description"
          className={`input ${styles.textarea}`}
          rows={6}
          value={form.description}
          onChange={(e) => set("description", e.target.value)}
        />
        <FieldErrors messages={errorsFor("description")} />
      </div>
      <SourcesField value={form.sources} onChange={(v) => set("sources", v)} errorsFor={errorsFor} />
      <DisarmPicker value={form.techniques} onChange={(v) => set("techniques", v)} errors={errorsFor("techniques")} />
      <SaveError
        error={save.error}
        reloadKey={editing ? keys.campaigns.detail(editing.slug) : keys.campaigns.all}
        reloadLabel="Load the current campaign (your edits here are discarded)"
      />
      <div className={styles.buttons}>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : editing ? "Save changes" : "Create campaign"}
        </button>
        <button type="button" className="button" onClick={() => router.back()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
