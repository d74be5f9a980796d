import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { allows } from "@/lib/auth/principal";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { campaignQueries } from "@/lib/campaigns/query-options";
import { getQueryClient } from "@/lib/query-client";
import { CampaignView } from "./campaign-view";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ merged?: string }> };

/** One read per request, shared by the metadata and the page. Admins also see a deleted campaign, to restore it. */
const loadCampaign = cache(async (slug: string, includeDeleted: boolean) => {
  await connection();
  return getCampaign(decodeURIComponent(slug), undefined, { includeDeleted });
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const campaign = await loadCampaign((await params).slug, false);
  return { title: campaign ? campaign.name : "Campaign not found" };
}

export default async function CampaignPage({ params, searchParams }: Props) {
  const principal = await requirePagePermission("read");
  const canModerate = allows(principal, "moderate");
  const { slug } = await params;
  const campaign = await loadCampaign(slug, canModerate);
  if (!campaign) notFound();
  // A merged campaign lives on in its survivor: old links land there, with a note saying why.
  if (campaign.mergedInto) redirect(`/campaigns/${campaign.mergedInto.slug}?merged=${encodeURIComponent(campaign.slug)}`);
  const queryClient = getQueryClient();
  queryClient.setQueryData(campaignQueries.detail(campaign.slug).queryKey, campaign);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <CampaignView slug={campaign.slug} mergedFrom={(await searchParams).merged ?? null} canWrite={allows(principal, "write")} canModerate={canModerate} />
    </HydrationBoundary>
  );
}
