"use client";

import { useState } from "react";
import type { Interval, Stack } from "@/lib/analytics/schemas";
import type { AnalyticsState } from "./analytics-context";
import { AnalyticsPanels } from "./analytics-panels";

/**
 * The Analytics charts for one campaign, for the campaign page to mount: the campaign is fixed, the chart options are
 * local state. To prefetch on the server, use the keys of analyticsQueries with `{ campaign: slug }`.
 */
export function CampaignAnalytics({ slug, initialInterval = "week" }: { slug: string; initialInterval?: Interval }) {
  const [interval, setInterval] = useState<Interval>(initialInterval);
  const [stack, setStack] = useState<Stack>("platform");
  const state: AnalyticsState = { filter: { campaign: slug }, interval, stack, setInterval, setStack };
  return <AnalyticsPanels state={state} campaignFixed />;
}
