"use client";

import { useState } from "react";
import { apiSend } from "@/lib/lookups/api-send";
import type { ItemDetail } from "@/lib/items/get-item";
import { SaveError } from "./conflict-notice";
import styles from "./item-edit.module.css";
import { itemPath, useItemMutation } from "./use-item-mutation";

/**
 * Edit for writers; soft delete and restore for admins. A deleted item shows a banner (only admins can open it at
 * all) with the Restore button.
 */
export function ItemAdminBar({ item, canWrite, canModerate, onEdit }: { item: ItemDetail; canWrite: boolean; canModerate: boolean; onEdit: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const remove = useItemMutation(item.id, () => apiSend("DELETE", itemPath(item.id)), () => setConfirming(false));
  const restore = useItemMutation(item.id, () => apiSend("POST", `${itemPath(item.id)}/restore`));
  if (item.deletedAt) {
    return (
      <div className={styles.deletedBanner} role="status">
        <span>
          <strong>This item is deleted.</strong> It is hidden from lists, search and duplicate checks; only admins can see it.
        </span>
        {canModerate && (
          <button type="button" className="button" onClick={() => restore.mutate()} disabled={restore.isPending}>
            Restore
          </button>
        )}
        <SaveError error={restore.error} itemId={item.id} />
      </div>
    );
  }
  if (!canWrite && !canModerate) return null;
  return (
    <div className={styles.toolbar}>
      {canWrite && <button type="button" className="button" onClick={onEdit}>Edit item</button>}
      {canModerate && !confirming && (
        <button type="button" className="button" onClick={() => setConfirming(true)}>Delete…</button>
      )}
      {confirming && (
        <span className={styles.confirm} role="alert">
          Delete this item? It can be restored.
          <button type="button" className="button" onClick={() => remove.mutate()} disabled={remove.isPending}>Delete item</button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>Cancel</button>
        </span>
      )}
      <SaveError error={remove.error} itemId={item.id} />
    </div>
  );
}
