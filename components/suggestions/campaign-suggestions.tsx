"use client";

import { useState } from "react";
import { RerunClusteringButton } from "./rerun-clustering-button";
import { SuggestionList } from "./suggestion-list";

/**
 * A campaign's open clustering suggestions ("add these 14 items to Matryoshka (0.87)") with reasons and
 * accept / reject — mount it on a campaign page with the campaign's slug or id. Without `campaign` it lists the
 * new-campaign candidates. `canWrite` (the "write" permission) shows the decision buttons and, on a campaign, the
 * "Re-run clustering" button.
 */
export function CampaignSuggestions({ campaign, canWrite }: { campaign?: string; canWrite: boolean }) {
  const [page, setPage] = useState(1);
  return (
    <section className="panel" aria-labelledby="campaign-suggestions">
      <div className="panel-header">
        <h2 id="campaign-suggestions">{campaign ? "Clustering suggestions" : "New campaign candidates"}</h2>
        <span className="panel-note">from clustering; nothing is linked until a person accepts</span>
      </div>
      <div className="panel-body">
        {campaign && canWrite && <RerunClusteringButton />}
        <SuggestionList
          scope={campaign ? { campaign, page } : { candidates: true }}
          canWrite={canWrite}
          empty={campaign ? "No open suggestions for this campaign" : "No new campaign candidates"}
          onPage={campaign ? setPage : undefined}
        />
      </div>
    </section>
  );
}
