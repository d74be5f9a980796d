"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Typeahead } from "@/components/log/typeahead";
import { SaveError } from "@/components/ui/save-error";
import type { CampaignDetail } from "@/lib/campaigns/get-campaign";
import { apiSend } from "@/lib/lookups/api-send";
import type { LookupOption } from "@/lib/lookups/schemas";
import { keys } from "@/lib/query-keys";
import styles from "./campaign.module.css";

const path = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`;

/** A campaign write: afterwards every campaign and item query is refetched (counts and links changed). */
export function useCampaignMutation<T>(send: () => Promise<T>, onSuccess?: (result: T) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (result) => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: keys.campaigns.all }), queryClient.invalidateQueries({ queryKey: keys.items.all })]);
      onSuccess?.(result);
    },
  });
}

/** Edit, merge and the dossier for writers and readers; delete and restore for admins. */
export function CampaignActions({ campaign, canWrite, canModerate }: { campaign: CampaignDetail; canWrite: boolean; canModerate: boolean }) {
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const remove = useCampaignMutation(() => apiSend("DELETE", path(campaign.id)), () => setConfirmingDelete(false));
  const restore = useCampaignMutation(() => apiSend("POST", `${path(campaign.id)}/restore`));
  const reload = { reloadKey: keys.campaigns.detail(campaign.slug), reloadLabel: "Reload the campaign" };

  if (campaign.deletedAt) {
    return (
      <div className={styles.deletedBanner} role="status">
        <span>
          <strong>This campaign is deleted.</strong> It is hidden from lists; only admins can see it.
        </span>
        {canModerate && (
          <button type="button" className="button" onClick={() => restore.mutate()} disabled={restore.isPending}>
            Restore
          </button>
        )}
        <SaveError error={restore.error} {...reload} />
      </div>
    );
  }
  return (
    <div className={styles.toolbar}>
      <Link href={`/campaigns/${campaign.slug}/dossier`} className="button">
        Dossier
      </Link>
      {canWrite && (
        <Link href={`/campaigns/${campaign.slug}/edit`} className="button">
          Edit campaign
        </Link>
      )}
      {canWrite && <MergeForm campaign={campaign} />}
      {canModerate && !confirmingDelete && (
        <button type="button" className="button" onClick={() => setConfirmingDelete(true)}>
          Delete…
        </button>
      )}
      {confirmingDelete && (
        <span className={styles.confirm} role="alert">
          Delete this campaign? It can be restored.
          <button type="button" className="button" onClick={() => remove.mutate()} disabled={remove.isPending}>
            Delete campaign
          </button>
          <button type="button" className="button" onClick={() => setConfirmingDelete(false)}>
            Cancel
          </button>
        </span>
      )}
      <SaveError error={remove.error} {...reload} />
    </div>
  );
}

/** Pick the campaign that survives, confirm, and land on it: this one's items and names move there. */
function MergeForm({ campaign }: { campaign: CampaignDetail }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [into, setInto] = useState<LookupOption | null>(null);
  const merge = useCampaignMutation(
    () => apiSend<{ slug: string }>("POST", `${path(campaign.id)}/merge`, { version: campaign.version, into: into?.id }),
    (result) => router.push(`/campaigns/${result.slug}?merged=${encodeURIComponent(campaign.slug)}`),
  );
  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Merge into…
      </button>
    );
  }
  return (
    <form
      className={styles.inlineForm}
      aria-label="Merge this campaign into another"
      onSubmit={(e) => {
        e.preventDefault();
        if (into) merge.mutate();
      }}
    >
      <label htmlFor="merge-into" className="field-label">
        Merge “{campaign.name}” into
      </label>
      {into ? (
        <span className="chip">
          {into.label}
          <button type="button" className={styles.remove} aria-label={`Choose another campaign than ${into.label}`} onClick={() => setInto(null)}>
            ×
          </button>
        </span>
      ) : (
        <Typeahead kind="campaign" inputId="merge-into" label="Campaign to merge into" placeholder="Name or alias" onPick={(option) => setInto(option)} />
      )}
      <p className="faint">Its items, aliases, countries, techniques and sources move to the chosen campaign; this page will point there.</p>
      <div className={styles.formButtons}>
        <button type="submit" className="button button-primary" disabled={!into || merge.isPending}>
          {into ? `Merge into ${into.label}` : "Merge"}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      <SaveError error={merge.error} reloadKey={keys.campaigns.detail(campaign.slug)} reloadLabel="Reload the campaign" />
    </form>
  );
}
