"use client";

import { SaveError as SaveErrorNotice } from "@/components/ui/save-error";
import { keys } from "@/lib/query-keys";

/** A failed save on the item page; a stale version offers to reload the current item. */
export function SaveError({ error, itemId, onReload }: { error: Error | null; itemId: string; onReload?: () => void }) {
  return <SaveErrorNotice error={error} reloadKey={keys.items.detail(itemId)} reloadLabel="Reload the item" onReload={onReload} />;
}
