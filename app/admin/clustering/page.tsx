import type { Metadata } from "next";
import { CampaignSuggestions } from "@/components/suggestions/campaign-suggestions";
import { RerunClusteringButton } from "@/components/suggestions/rerun-clustering-button";
import { requirePagePermission } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Clustering · Admin" };

/** Full clustering runs (started here, run in the background) and the new-campaign candidates they found. */
export default async function AdminClusteringPage() {
  await requirePagePermission("admin");
  return (
    <>
      <section className="panel" aria-labelledby="clustering-runs">
        <div className="panel-header">
          <h2 id="clustering-runs">Clustering</h2>
          <span className="panel-note">links items into campaigns by shared signals; a run supersedes the open suggestions</span>
        </div>
        <div className="panel-body">
          <RerunClusteringButton />
        </div>
      </section>
      <CampaignSuggestions canWrite />
    </>
  );
}
