"use client";

import Link from "next/link";
import { useState } from "react";
import type { LanguageMarkerDto } from "@/lib/api-v1/language-markers/schemas";
import { languageMarkerRequests } from "@/lib/api-v1/language-markers/requests";
import { languageName } from "@/lib/format/codes";
import { formatInteger } from "@/lib/format/format";
import cards from "@/components/ui/card-table.module.css";
import { DeleteLanguageMarkerDialog } from "./delete-language-marker-dialog";
import { EditLanguageMarkerDialog } from "./edit-language-marker-dialog";
import { useMarkerMutation } from "./use-marker-mutation";
import { useHydrated } from "./use-hydrated";
import styles from "./language-markers.module.css";

type Notice = { ok: boolean; text: string };

/** The vocabulary with its use; edit and delete open a dialog, restore acts at once (it only undoes a delete). */
export function LanguageMarkersTable({ markers }: { markers: LanguageMarkerDto[] }) {
  const hydrated = useHydrated();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const restore = useMarkerMutation((marker: LanguageMarkerDto) => languageMarkerRequests.restore(marker.id), {
    onSuccess: ({ data }) => setNotice({ ok: true, text: `Restored “${data.name}”: it can be used for new annotations again.` }),
    onError: (e) => setNotice({ ok: false, text: `Not restored: ${e.message}` }),
  });
  const editing = markers.find((m) => m.id === editingId);
  const deleting = markers.find((m) => m.id === deletingId);

  const act = (open: () => void) => () => {
    setNotice(null);
    open();
  };

  return (
    <>
      <div aria-live="polite">
        {notice && (
          <p role={notice.ok ? "status" : "alert"} className={`${notice.ok ? styles.success : styles.errorText} ${styles.tableMessage}`}>
            {notice.text}
          </p>
        )}
      </div>
      <div className="table-wrap">
        <table className={`data-table ${styles.table} ${cards.cards}`}>
          <caption className="visually-hidden">Language markers, their languages and how many annotations use each</caption>
          <thead>
            <tr>
              <th scope="col">Marker</th>
              <th scope="col">Category</th>
              <th scope="col">Languages</th>
              <th scope="col">Description</th>
              <th scope="col" className="num">
                Annotations
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {markers.map((marker) => (
              <tr key={marker.id} data-testid="marker-row" data-slug={marker.slug} className={marker.deletedAt ? styles.deletedRow : undefined}>
                <td className={`${styles.markerCell} ${cards.primary}`}>
                  <span className={styles.markerName}>{marker.name}</span>
                  <span className={`${styles.slug} mono`}>{marker.slug}</span>
                  {marker.deletedAt && <span className="badge badge-neutral">Deleted</span>}
                </td>
                <td data-label="Category" className={styles.categoryCell}>
                  {marker.category ?? <span className="faint">—</span>}
                </td>
                <td data-label="Languages">
                  <Languages tags={marker.languages} />
                </td>
                <td data-label="Description" className={styles.descriptionCell}>
                  {marker.description ? (
                    <span className={styles.description} title={marker.description}>
                      {marker.description}
                    </span>
                  ) : (
                    <span className="faint">—</span>
                  )}
                </td>
                <td data-label="Annotations" className="num">
                  {formatInteger(marker.annotationCount ?? 0)}
                </td>
                <td data-label="Actions">
                  <div className={styles.rowActions}>
                    {marker.deletedAt ? (
                      <button type="button" className="button" disabled={!hydrated || restore.isPending} aria-label={`Restore ${marker.name}`} onClick={act(() => restore.mutate(marker))}>
                        Restore
                      </button>
                    ) : (
                      <>
                        <button type="button" className="button" disabled={!hydrated} aria-label={`Edit ${marker.name}`} onClick={act(() => setEditingId(marker.id))}>
                          Edit
                        </button>
                        <button type="button" className="button" disabled={!hydrated} aria-label={`Delete ${marker.name}`} onClick={act(() => setDeletingId(marker.id))}>
                          Delete…
                        </button>
                      </>
                    )}
                    <Link href={`/admin/audit?entityType=language_marker&entityId=${marker.id}`} className={styles.auditLink}>
                      Audit trail
                    </Link>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing && !editing.deletedAt && (
        <EditLanguageMarkerDialog
          marker={editing}
          onClose={() => setEditingId(null)}
          onSaved={(saved) => {
            setEditingId(null);
            setNotice({ ok: true, text: `Saved “${saved.name}”.` });
          }}
          onGone={() => {
            setEditingId(null);
            setNotice({ ok: false, text: `“${editing.name}” was deleted by someone else meanwhile; nothing was saved.` });
          }}
        />
      )}
      {deleting && !deleting.deletedAt && (
        <DeleteLanguageMarkerDialog
          marker={deleting}
          onClose={() => setDeletingId(null)}
          onDeleted={() => {
            setDeletingId(null);
            setNotice({ ok: true, text: `Deleted “${deleting.name}”. Find it under “Show deleted” to restore it.` });
          }}
        />
      )}
    </>
  );
}

function Languages({ tags }: { tags: string[] }) {
  if (tags.length === 0) return <span className="faint">—</span>;
  return (
    <ul className="chip-list" aria-label="Languages">
      {tags.map((tag) => (
        <li key={tag} className="chip">
          <abbr title={languageName(tag)}>{tag}</abbr>
        </li>
      ))}
    </ul>
  );
}
