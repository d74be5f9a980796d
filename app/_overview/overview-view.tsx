"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { languageNames } from "@/lib/format/codes";
import { formatDay, formatInteger, humanize, platformName } from "@/lib/format/format";
import { overviewQueries } from "@/lib/overview/query-options";
import { SightingsChart } from "./sightings-chart";
import styles from "./overview.module.css";

export function OverviewView() {
  const stats = useQuery(overviewQueries.stats());
  const isEmpty = stats.data?.items === 0 && stats.data.sightings === 0;
  return (
    <div className="page">
      <header className="page-header">
        <h1>Overview</h1>
        <p className="lede">What Sightline holds: reported content, where it was seen, and the campaigns behind it.</p>
      </header>
      {stats.isError && <ErrorState error={stats.error} />}
      {stats.data && (
        <dl className={styles.stats} aria-label="Totals">
          <Stat label="Items" value={stats.data.items} href="/items" />
          <Stat label="Sightings" value={stats.data.sightings} />
          <Stat label="Campaigns" value={stats.data.campaigns} />
          <Stat label="Countries reached" value={stats.data.countries} hint="audience or target" />
          <Stat label="Languages" value={stats.data.languages} />
        </dl>
      )}
      {isEmpty ? (
        <section className="panel">
          <EmptyState title="No data yet">
            <p>
              Nothing has been logged. Start with <Link href="/log">Log a sighting</Link>, or load the demo case with{" "}
              <code>npm run db:seed</code>.
            </p>
          </EmptyState>
        </section>
      ) : (
        <>
          <SightingsChart />
          <div className={styles.columns}>
            <TopCampaigns />
            <RecentItems />
          </div>
        </>
      )}
    </div>
  );
}

function Stat({ label, value, hint, href }: { label: string; value: number; hint?: string; href?: string }) {
  const figure = formatInteger(value);
  return (
    <div className={`panel ${styles.stat}`}>
      <dt>
        {label}
        {hint && <span className={styles.hint}> ({hint})</span>}
      </dt>
      <dd>{href ? <Link href={href}>{figure}</Link> : figure}</dd>
    </div>
  );
}

function TopCampaigns() {
  const { data, error } = useQuery(overviewQueries.topCampaigns());
  return (
    <section className="panel" aria-labelledby="top-campaigns">
      <div className="panel-header">
        <h2 id="top-campaigns">Top campaigns by sightings</h2>
        <span className="panel-note">confirmed items only</span>
      </div>
      {error && <ErrorState error={error} />}
      {data?.length === 0 && <EmptyState title="No campaigns with confirmed items yet" />}
      {data && data.length > 0 && (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Campaign</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">Items</th>
                <th scope="col" className="num">Sightings</th>
                <th scope="col">Last seen</th>
              </tr>
            </thead>
            <tbody>
              {data.map((c) => (
                <tr key={c.slug}>
                  <td>
                    <Link href={`/items?campaign=${encodeURIComponent(c.slug)}`}>{c.name}</Link>
                  </td>
                  <td>{humanize(c.status)}</td>
                  <td className="num">{formatInteger(c.items)}</td>
                  <td className="num">{formatInteger(c.sightings)}</td>
                  <td className="nowrap">{formatDay(c.lastSeenAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function RecentItems() {
  const { data, error } = useQuery(overviewQueries.recentItems());
  return (
    <section className="panel" aria-labelledby="recent-items">
      <div className="panel-header">
        <h2 id="recent-items">Recently surfaced items</h2>
        <Link href="/items?sort=first_seen" className="panel-note">
          All items
        </Link>
      </div>
      {error && <ErrorState error={error} />}
      {data?.length === 0 && <EmptyState title="No items with sightings yet" />}
      {data && data.length > 0 && (
        <ul className={styles.recent}>
          {data.map((item) => (
            <li key={item.id}>
              <Link href={`/items/${item.id}`} className={styles.recentTitle}>
                {item.title ?? `Untitled ${item.kind}`}
              </Link>
              <div className={styles.recentMeta}>
                <VerdictBadge verdict={item.verdict} />
                <span>{humanize(item.kind)}</span>
                {item.platform && item.platform !== item.kind && <span>{platformName(item.platform)}</span>}
                {item.languages.length > 0 && <span>{languageNames(item.languages)}</span>}
                <span>first seen {formatDay(item.firstSeenAt)}</span>
                <span>
                  {formatInteger(item.sightingCount)} sighting{item.sightingCount === 1 ? "" : "s"}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
