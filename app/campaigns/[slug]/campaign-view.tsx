"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { CampaignAnalytics } from "@/components/analytics/campaign-analytics";
import { CampaignStatusBadge } from "@/components/campaigns/campaign-status-badge";
import { GraphExplorer } from "@/components/graph/graph-explorer";
import { CampaignSuggestions } from "@/components/suggestions/campaign-suggestions";
import { ExternalLink } from "@/components/ui/external-link";
import { ErrorState } from "@/components/ui/states";
import { campaignQueries } from "@/lib/campaigns/query-options";
import { countryName, languageName } from "@/lib/format/codes";
import { formatDay, formatInteger, humanize, platformName } from "@/lib/format/format";
import { CampaignActions } from "./campaign-actions";
import { CampaignItems } from "./campaign-items";
import styles from "./campaign.module.css";

const codes = (list: string[], name: (code: string) => string) =>
  list.length ? list.map((c) => `${name(c)} (${c})`).join(", ") : <span className="faint">—</span>;

export function CampaignView({ slug, mergedFrom, canWrite, canModerate }: { slug: string; mergedFrom: string | null; canWrite: boolean; canModerate: boolean }) {
  const { data: campaign, error } = useQuery(campaignQueries.detail(slug));
  if (!campaign) return <div className="page">{error && <ErrorState error={error} />}</div>;
  const figures: [string, string][] = [
    ["Items", formatInteger(campaign.itemCount)],
    ["Suggested", formatInteger(campaign.suggestedCount)],
    ["Sightings", formatInteger(campaign.sightingCount)],
    ["First seen", formatDay(campaign.firstSeenAt)],
    ["Last seen", formatDay(campaign.lastSeenAt)],
    ["Countries", formatInteger(new Set([...campaign.targetCountries, ...campaign.itemCountries]).size)],
  ];
  return (
    <div className="page">
      <header className={`page-header ${styles.header}`}>
        <p className="eyebrow">
          <Link href="/campaigns">Campaigns</Link>
        </p>
        <div className={styles.titleRow}>
          <h1 className={styles.title}>{campaign.name}</h1>
          <CampaignStatusBadge status={campaign.status} />
        </div>
        {campaign.aliases.length > 0 && (
          <p className={styles.aliases}>
            <span className="visually-hidden">Also known as: </span>
            {campaign.aliases.join(" · ")}
          </p>
        )}
        {mergedFrom && (
          <p className={styles.notice} role="status">
            The campaign <code>{mergedFrom}</code> was merged into this one; its items and names are here now.
          </p>
        )}
        <CampaignActions campaign={campaign} canWrite={canWrite} canModerate={canModerate} />
      </header>

      <dl className={styles.figures} aria-label="Key figures">
        {figures.map(([label, value]) => (
          <div key={label} className={styles.figure}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <div className={styles.columns}>
        <section className="panel" aria-labelledby="campaign-about">
          <div className="panel-header">
            <h2 id="campaign-about">About</h2>
          </div>
          <div className="panel-body">
            {campaign.description ? <p className={styles.description}>{campaign.description}</p> : <p className="faint">No description yet.</p>}
          </div>
        </section>
        <section className="panel" aria-labelledby="campaign-facts">
          <div className="panel-header">
            <h2 id="campaign-facts">Facts</h2>
          </div>
          <div className="panel-body">
            <dl className="key-values">
              <dt>Threat actor</dt>
              <dd>
                {campaign.threatActor ? (
                  <>
                    {campaign.threatActor.name}
                    <span className="faint">
                      {" "}
                      · {humanize(campaign.threatActor.kind)}
                      {campaign.threatActor.country ? ` · ${countryName(campaign.threatActor.country)}` : ""}
                    </span>
                  </>
                ) : (
                  <span className="faint">Unattributed</span>
                )}
              </dd>
              <dt>Origin</dt>
              <dd>{campaign.originCountry ? `${countryName(campaign.originCountry)} (${campaign.originCountry})` : <span className="faint">—</span>}</dd>
              <dt>Targets</dt>
              <dd>{codes(campaign.targetCountries, countryName)}</dd>
              <dt>Items target</dt>
              <dd>{codes(campaign.itemCountries, countryName)}</dd>
              <dt>Languages</dt>
              <dd>{codes(campaign.itemLanguages, languageName)}</dd>
              <dt>Platforms</dt>
              <dd>{campaign.itemPlatforms.length ? campaign.itemPlatforms.map((p) => platformName(p)).join(", ") : <span className="faint">—</span>}</dd>
            </dl>
          </div>
        </section>
      </div>

      <div className={styles.columns}>
        <section className="panel" aria-labelledby="campaign-sources">
          <div className="panel-header">
            <h2 id="campaign-sources">Sources</h2>
          </div>
          <div className="panel-body">
            {campaign.sources.length === 0 ? (
              <p className="faint">No sources cited yet.</p>
            ) : (
              <ul className={styles.sources}>
                {campaign.sources.map((s) => (
                  <li key={s.id}>
                    {s.url ? <ExternalLink url={s.url}>{s.title}</ExternalLink> : <span className="break">{s.title}</span>}
                    <span className="faint">
                      {[s.publisher, humanize(s.kind), s.publishedAt ? formatDay(s.publishedAt) : null].filter(Boolean).map((part) => ` · ${part}`)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </section>
        <section className="panel" aria-labelledby="campaign-techniques">
          <div className="panel-header">
            <h2 id="campaign-techniques">DISARM techniques</h2>
          </div>
          <div className="panel-body">
            {campaign.techniques.length === 0 ? (
              <p className="faint">No techniques tagged yet.</p>
            ) : (
              <ul className={styles.techniques}>
                {campaign.techniques.map((t) => (
                  <li key={t.id}>
                    <code>{t.id}</code> {t.name}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </section>
      </div>

      <CampaignSuggestions campaign={campaign.slug} canWrite={canWrite} />

      <CampaignItems campaign={campaign} canWrite={canWrite} />

      <section className="panel" aria-labelledby="campaign-analytics">
        <div className="panel-header">
          <h2 id="campaign-analytics">Analytics</h2>
          <Link className="panel-note" href={`/analytics?campaign=${encodeURIComponent(campaign.slug)}`}>
            Open in Analytics
          </Link>
        </div>
        <div className="panel-body">
          {/* The Analytics page's charts with this campaign as the fixed filter. */}
          <CampaignAnalytics slug={campaign.slug} />
        </div>
      </section>

      <section className="panel" aria-labelledby="campaign-graph">
        <div className="panel-header">
          <h2 id="campaign-graph">Graph</h2>
          <Link className="panel-note" href={`/graph?campaign=${encodeURIComponent(campaign.slug)}`}>
            Open in the graph explorer
          </Link>
        </div>
        <div className="panel-body">
          <GraphExplorer campaign={campaign.slug} />
        </div>
      </section>
    </div>
  );
}
