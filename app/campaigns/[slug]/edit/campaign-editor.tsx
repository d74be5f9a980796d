"use client";

import { useQuery } from "@tanstack/react-query";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { formStateOf } from "@/components/campaigns/campaign-form-state";
import type { CampaignDetail } from "@/lib/campaigns/get-campaign";
import { campaignQueries } from "@/lib/campaigns/query-options";

/** The form is keyed by version: "load the current campaign" after a conflict starts it again from what is saved. */
export function CampaignEditor({ initial }: { initial: CampaignDetail }) {
  const { data } = useQuery({ ...campaignQueries.detail(initial.slug), initialData: initial, staleTime: Infinity });
  return <CampaignForm key={data.version} initial={formStateOf(data)} editing={{ id: data.id, slug: data.slug, version: data.version }} />;
}
