"use client";

import { useState } from "react";
import type { AnalyticsState } from "@/components/analytics/analytics-context";
import { LanguagesPanel } from "@/components/analytics/breakdown-panels";
import { CountriesPanel } from "@/components/analytics/countries-panel";
import { MarkersPanel } from "@/components/analytics/markers-panel";
import { SpreadPanels } from "@/components/analytics/spread-panels";
import type { Interval, Stack } from "@/lib/analytics/schemas";

export const DOSSIER_INTERVAL: Interval = "week";

function useCampaignState(slug: string): AnalyticsState {
  const [interval, setInterval] = useState<Interval>(DOSSIER_INTERVAL);
  const [stack, setStack] = useState<Stack>("platform");
  return { filter: { campaign: slug }, interval, stack, setInterval, setStack };
}

/** The dossier's timeline: sightings per week by platform, and cumulative reach. */
export function DossierTimeline({ slug }: { slug: string }) {
  return <SpreadPanels state={useCampaignState(slug)} allowCampaignStack={false} />;
}

/** The dossier's country map with its table. */
export function DossierCountries({ slug }: { slug: string }) {
  return <CountriesPanel state={useCampaignState(slug)} />;
}

/** Languages and language markers of the campaign's items. */
export function DossierLanguages({ slug }: { slug: string }) {
  const state = useCampaignState(slug);
  return (
    <>
      <LanguagesPanel state={state} />
      <MarkersPanel state={state} />
    </>
  );
}
