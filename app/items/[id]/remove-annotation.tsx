"use client";

import { useState } from "react";
import { apiSend } from "@/lib/lookups/api-send";
import { SaveError } from "./conflict-notice";
import styles from "./item-edit.module.css";
import { itemPath, useItemMutation } from "./use-item-mutation";

/** Removes one annotation (a soft delete, audited), after a confirming second press. */
export function RemoveAnnotation({ itemId, annotationId, label }: { itemId: string; annotationId: string; label: string }) {
  const [confirming, setConfirming] = useState(false);
  const remove = useItemMutation(itemId, () => apiSend("DELETE", `${itemPath(itemId)}/annotations/${encodeURIComponent(annotationId)}`));
  if (!confirming) {
    return (
      <button type="button" className="button" aria-label={`Remove annotation ${label}`} onClick={() => setConfirming(true)}>
        Remove
      </button>
    );
  }
  return (
    <span className={styles.confirm} role="alert">
      Remove this annotation?
      <button type="button" className="button" onClick={() => remove.mutate()} disabled={remove.isPending}>Remove annotation</button>
      <button type="button" className="button" onClick={() => setConfirming(false)}>Keep</button>
      <SaveError error={remove.error} itemId={itemId} />
    </span>
  );
}
