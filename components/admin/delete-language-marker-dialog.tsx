"use client";

import type { LanguageMarkerDto } from "@/lib/api-v1/language-markers/schemas";
import { languageMarkerRequests } from "@/lib/api-v1/language-markers/requests";
import { formatInteger } from "@/lib/format/format";
import { DialogActions, ModalDialog } from "./modal-dialog";
import { useMarkerMutation } from "./use-marker-mutation";
import styles from "./language-markers.module.css";

/** Soft delete, confirmed first: the admin is told what happens to the annotations that already use the marker. */
export function DeleteLanguageMarkerDialog({ marker, onClose, onDeleted }: { marker: LanguageMarkerDto; onClose: () => void; onDeleted: () => void }) {
  const remove = useMarkerMutation(() => languageMarkerRequests.remove(marker.id), { onSuccess: onDeleted });
  const used = marker.annotationCount ?? 0;
  return (
    <ModalDialog title={`Delete “${marker.name}”?`} onClose={onClose}>
      <ul className={styles.consequences}>
        <li>
          {used === 0
            ? "No annotation uses it yet."
            : `The ${formatInteger(used)} annotation${used === 1 ? " that uses" : "s that use"} it keep${used === 1 ? "s" : ""} it, and still count in analytics.`}
        </li>
        <li>No new annotation can use it: not in the app, the API or an import.</li>
        <li>Nothing is erased: it stays listed under “Show deleted” and can be restored.</li>
      </ul>
      {remove.isError && (
        <p role="alert" className={styles.errorText}>
          Not deleted: {remove.error.message}
        </p>
      )}
      <DialogActions onCancel={onClose}>
        <button type="button" className="button button-primary" disabled={remove.isPending} onClick={() => remove.mutate()}>
          {remove.isPending ? "Deleting…" : "Delete marker"}
        </button>
      </DialogActions>
    </ModalDialog>
  );
}
