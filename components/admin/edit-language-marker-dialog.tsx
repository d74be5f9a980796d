"use client";

import { useId, useState, type FormEvent } from "react";
import type { LanguageMarkerDto } from "@/lib/api-v1/language-markers/schemas";
import { languageMarkerRequests, type LanguageMarkerChanges } from "@/lib/api-v1/language-markers/requests";
import { ApiClientError } from "@/lib/http/api-client";
import { isStaleEdit, markerFieldErrors } from "./language-marker-errors";
import { fieldValuesOf, LanguageMarkerFields, markerBodyOf } from "./language-marker-fields";
import { DialogActions, ModalDialog } from "./modal-dialog";
import { useMarkerMutation } from "./use-marker-mutation";
import styles from "./language-markers.module.css";

interface Props {
  /** The marker as the list has it now: after a conflict the list reloads and the form shows the newer version. */
  marker: LanguageMarkerDto;
  onClose: () => void;
  onSaved: (marker: LanguageMarkerDto) => void;
  /** Someone deleted it meanwhile (404): nothing to edit any more. */
  onGone: () => void;
}

/**
 * Edits a marker with the updatedAt it was read at. If someone saved it in between, the API answers 409 and writes
 * nothing; the list reloads, the form shows their version and says so, and the admin reapplies the change.
 */
export function EditLanguageMarkerDialog({ marker, onClose, onSaved, onGone }: Props) {
  const id = useId();
  const [stale, setStale] = useState(false);
  const update = useMarkerMutation((changes: LanguageMarkerChanges) => languageMarkerRequests.update(marker.id, changes), {
    onSuccess: ({ data }) => onSaved(data),
    onError: (error) => {
      if (isStaleEdit(error)) setStale(true);
      else if (error instanceof ApiClientError && error.status === 404) onGone();
    },
  });
  const errors = markerFieldErrors(update.error);
  const other = update.isError && !stale && Object.keys(errors).length === 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStale(false);
    update.mutate({ ...markerBodyOf(event.currentTarget), updatedAt: marker.updatedAt });
  };

  return (
    <ModalDialog title={`Edit “${marker.name}”`} onClose={onClose}>
      {stale && (
        <p role="alert" className={styles.conflict}>
          <strong>Someone else changed this marker since you opened it.</strong> Nothing was saved. The form now shows
          their version: make your change again and save.
        </p>
      )}
      {/* Keyed by the version shown, so a reload after a conflict re-seeds the inputs with the current values. */}
      <form key={marker.updatedAt} className={styles.dialogForm} onSubmit={submit} noValidate>
        <LanguageMarkerFields idPrefix={`${id}-edit`} defaults={fieldValuesOf(marker)} errors={errors} />
        {other && (
          <p role="alert" className={styles.errorText}>
            Not saved: {update.error.message}
          </p>
        )}
        <DialogActions onCancel={onClose}>
          <button type="submit" className="button button-primary" disabled={update.isPending}>
            {update.isPending ? "Saving…" : "Save changes"}
          </button>
        </DialogActions>
      </form>
    </ModalDialog>
  );
}
