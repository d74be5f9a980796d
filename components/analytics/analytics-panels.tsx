"use client";

import type { AnalyticsState } from "./analytics-context";
import { DebunkPanel, LanguagesPanel, VerdictsPanel } from "./breakdown-panels";
import { CountriesPanel } from "./countries-panel";
import { FirstSeenPanel } from "./first-seen-panel";
import { MarkersPanel } from "./markers-panel";
import { SpreadPanels } from "./spread-panels";
import styles from "./analytics.module.css";

/**
 * Every analytics chart for one filter. The Analytics page drives it from the URL; a campaign page or dossier mounts
 * it with the campaign fixed. Containers live here (not in a route folder) because several routes mount them.
 */
export function AnalyticsPanels({ state, campaignFixed = false }: { state: AnalyticsState; campaignFixed?: boolean }) {
  return (
    <div className={styles.grid}>
      <div className={styles.wide}>
        <SpreadPanels state={state} allowCampaignStack={!campaignFixed} />
      </div>
      <div className={styles.wide}>
        <FirstSeenPanel state={state} />
      </div>
      <div className={styles.wide}>
        <CountriesPanel state={state} />
      </div>
      <LanguagesPanel state={state} />
      <VerdictsPanel state={state} />
      <div className={styles.wide}>
        <MarkersPanel state={state} />
      </div>
      <div className={styles.wide}>
        <DebunkPanel state={state} />
      </div>
    </div>
  );
}
