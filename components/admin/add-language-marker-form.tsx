"use client";

import { useId, useState, type FormEvent } from "react";
import { languageMarkerRequests } from "@/lib/api-v1/language-markers/requests";
import { markerFieldErrors } from "./language-marker-errors";
import { fieldValuesOf, LanguageMarkerFields, markerBodyOf } from "./language-marker-fields";
import { useMarkerMutation } from "./use-marker-mutation";
import { useHydrated } from "./use-hydrated";
import styles from "./language-markers.module.css";

const EMPTY = fieldValuesOf();

/** Adds a marker to the vocabulary; a bad or duplicate slug or name is reported under its field. */
export function AddLanguageMarkerForm() {
  const id = useId();
  const hydrated = useHydrated();
  // A new key empties the uncontrolled inputs after a successful create.
  const [formKey, setFormKey] = useState(0);
  const create = useMarkerMutation(languageMarkerRequests.create, { onSuccess: () => setFormKey((k) => k + 1) });
  const errors = markerFieldErrors(create.error);
  const unplaced = create.isError && Object.keys(errors).length === 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(markerBodyOf(event.currentTarget));
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <div className="panel-header">
        <h2 id={`${id}-title`}>Add a language marker</h2>
        <span className="panel-note">Fact-checkers pick from these when they mark a phrase in an item&apos;s text.</span>
      </div>
      <form key={formKey} className={styles.markerForm} onSubmit={submit} noValidate>
        <LanguageMarkerFields idPrefix={`${id}-new`} defaults={EMPTY} errors={errors} />
        <div className={styles.formActions}>
          <button type="submit" className="button button-primary" disabled={!hydrated || create.isPending}>
            {create.isPending ? "Adding…" : "Add marker"}
          </button>
        </div>
      </form>
      <div aria-live="polite" className={styles.formResult}>
        {create.isError && (
          <p role="alert" className={styles.errorText}>
            Not added. {unplaced ? create.error.message : "Correct the fields marked above."}
          </p>
        )}
        {create.isSuccess && (
          <p className={styles.success}>
            Added “{create.data.data.name}” ({create.data.data.slug}).
          </p>
        )}
      </div>
    </section>
  );
}
