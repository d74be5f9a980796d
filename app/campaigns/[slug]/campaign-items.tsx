"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import cards from "@/components/ui/card-table.module.css";
import { SaveError } from "@/components/ui/save-error";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { CampaignDetail } from "@/lib/campaigns/get-campaign";
import { languageNames } from "@/lib/format/codes";
import { formatDay, formatInteger, humanize, platformName } from "@/lib/format/format";
import { apiSend } from "@/lib/lookups/api-send";
import { keys } from "@/lib/query-keys";
import { useCampaignMutation } from "./campaign-actions";
import styles from "./campaign.module.css";

/** The campaign's confirmed and suggested items; writers tick items to split them off into a new campaign. */
export function CampaignItems({ campaign, canWrite }: { campaign: CampaignDetail; canWrite: boolean }) {
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>([]);
  const [name, setName] = useState("");
  const split = useCampaignMutation(
    () => apiSend<{ slug: string }>("POST", `/api/campaigns/${campaign.id}/split`, { version: campaign.version, itemIds: selected, name }),
    (result) => router.push(`/campaigns/${result.slug}`),
  );
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const hidden = campaign.linkedCount - campaign.items.length;

  return (
    <section className="panel" aria-labelledby="campaign-items">
      <div className="panel-header">
        <h2 id="campaign-items">Items</h2>
        <span className="panel-note">
          {formatInteger(campaign.itemCount)} confirmed · {formatInteger(campaign.suggestedCount)} suggested
          {hidden > 0 ? ` · the first ${formatInteger(campaign.items.length)} shown` : ""} ·{" "}
          <Link href={`/items?campaign=${encodeURIComponent(campaign.slug)}`}>all in the items list</Link>
        </span>
      </div>
      {campaign.items.length === 0 ? (
        <div className="state" role="status">
          <p>No items are linked to this campaign yet. Attach items when logging a sighting, or accept suggestions.</p>
        </div>
      ) : (
        <div className="table-wrap">
          <table className={`data-table ${styles.itemsTable} ${cards.cards}`}>
            <caption className="visually-hidden">Items linked to this campaign, with link status and confidence</caption>
            <thead>
              <tr>
                {canWrite && (
                  <th scope="col">
                    <span className="visually-hidden">Select for split</span>
                  </th>
                )}
                <th scope="col">Item</th>
                <th scope="col">Link</th>
                <th scope="col" className="num">Confidence</th>
                <th scope="col">Verdict</th>
                <th scope="col">Platform</th>
                <th scope="col">Language</th>
                <th scope="col">First seen</th>
                <th scope="col" className="num">Sightings</th>
              </tr>
            </thead>
            <tbody>
              {campaign.items.map((item) => (
                <tr key={item.id}>
                  {canWrite && (
                    <td data-label="Split">
                      <input
                        type="checkbox"
                        aria-label={`Select ${item.title ?? "untitled item"} for split`}
                        checked={selected.includes(item.id)}
                        onChange={() => toggle(item.id)}
                      />
                    </td>
                  )}
                  <td className={`${styles.itemCell} ${cards.primary}`}>
                    <Link href={`/items/${item.id}`} className={styles.itemLink}>
                      {item.title ?? `Untitled ${item.kind}`}
                    </Link>
                    {item.reasons.length > 0 && (
                      <span className={styles.reasons}>{item.reasons.map((r) => r.detail ?? r.signal).filter(Boolean).join(" · ")}</span>
                    )}
                  </td>
                  <td data-label="Link">
                    <span className={item.status === "confirmed" ? styles.confirmed : styles.suggested}>{humanize(item.status)}</span>
                  </td>
                  <td data-label="Confidence" className="num">
                    {Math.round(item.confidence * 100)}%
                  </td>
                  <td data-label="Verdict">
                    <VerdictBadge verdict={item.verdict} />
                  </td>
                  <td data-label="Platform">{item.platform ? platformName(item.platform) : <span className="faint">—</span>}</td>
                  <td data-label="Language">{item.languages.length ? languageNames(item.languages) : <span className="faint">—</span>}</td>
                  <td data-label="First seen" className="nowrap">
                    {formatDay(item.firstSeenAt)}
                  </td>
                  <td data-label="Sightings" className="num">
                    {formatInteger(item.sightingCount)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canWrite && selected.length > 0 && (
        <form
          className={styles.splitForm}
          aria-label="Split the selected items into a new campaign"
          onSubmit={(e) => {
            e.preventDefault();
            split.mutate();
          }}
        >
          <div className="field">
            <label htmlFor="split-name">Name of the new campaign</label>
            <input id="split-name" className="input" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} required />
          </div>
          <div className={styles.formButtons}>
            <button type="submit" className="button button-primary" disabled={split.isPending || !name.trim()}>
              Split {selected.length} item{selected.length === 1 ? "" : "s"} into a new campaign
            </button>
            <button type="button" className="button" onClick={() => setSelected([])}>
              Clear selection
            </button>
          </div>
          <SaveError error={split.error} reloadKey={keys.campaigns.detail(campaign.slug)} reloadLabel="Reload the campaign" />
        </form>
      )}
    </section>
  );
}
