"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useQueryStates } from "nuqs";
import { StaleWhileLoading } from "@/components/ui/filter-panel";
import { InvalidFiltersState, NoMatchState } from "@/components/ui/list-states";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { campaignQueries } from "@/lib/campaigns/query-options";
import { formatInteger } from "@/lib/format/format";
import { itemQueries } from "@/lib/items/query-options";
import { CampaignsFilters } from "./campaigns-filters";
import { CampaignsTable } from "./campaigns-table";
import { campaignsSearchParams, toCampaignsFilters } from "./search-params";
import styles from "./campaigns.module.css";

const FILTER_KEYS = ["q", "status", "country", "language", "pending"] as const;

export function CampaignsView({ canWrite, canModerate }: { canWrite: boolean; canModerate: boolean }) {
  const [params, setParams] = useQueryStates(campaignsSearchParams, { history: "push" });
  const parsed = toCampaignsFilters(params);
  const list = useQuery({ ...campaignQueries.list(parsed.data!), enabled: parsed.success });
  const options = useQuery(itemQueries.filterOptions());
  const hasFilters = FILTER_KEYS.some((key) => params[key] !== null);
  const clearFilters = () => setParams({ ...Object.fromEntries(FILTER_KEYS.map((k) => [k, null])), page: null });
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <div className="page">
      <header className={`page-header ${styles.header}`}>
        <div>
          <h1>{params.deleted ? "Deleted campaigns" : "Campaigns"}</h1>
          <p className="lede">
            Coordinated operations and the items linked to them. Dates, items and sightings count confirmed items only;
            filters live in the address bar.
          </p>
        </div>
        <div className={styles.headerActions}>
          {canModerate && (
            <button type="button" className="button" onClick={() => setParams({ deleted: params.deleted ? null : true, page: null })}>
              {params.deleted ? "Show live campaigns" : "Show deleted"}
            </button>
          )}
          {canWrite && (
            <Link href="/campaigns/new" className="button button-primary">
              New campaign
            </Link>
          )}
        </div>
      </header>

      <CampaignsFilters params={params} setParams={setParams} options={options.data} hasFilters={hasFilters} onClear={clearFilters} />

      <section className="panel" aria-labelledby="campaigns-results" aria-busy={list.isFetching}>
        <div className="panel-header">
          <h2 id="campaigns-results">
            {data ? `${formatInteger(data.total)} campaign${data.total === 1 ? "" : "s"}${hasFilters ? " match" : ""}` : "Results"}
          </h2>
        </div>
        {!parsed.success && <InvalidFiltersState onClear={clearFilters} />}
        {list.isError && <ErrorState error={list.error} />}
        {data && data.campaigns.length === 0 &&
          (hasFilters ? (
            <NoMatchState noun="campaigns" onClear={clearFilters} />
          ) : params.deleted ? (
            <EmptyState title="No deleted campaigns" />
          ) : (
            <EmptyState title="No campaigns yet">
              <p>Campaigns group items that belong to one operation.{canWrite ? " Create the first one." : ""}</p>
              {canWrite && (
                <Link href="/campaigns/new" className="button button-primary">
                  New campaign
                </Link>
              )}
            </EmptyState>
          ))}
        {data && data.campaigns.length > 0 && (
          <StaleWhileLoading stale={list.isPlaceholderData}>
            <CampaignsTable rows={data.campaigns} sort={params.sort} dir={params.dir} setParams={setParams} />
            {pages > 1 && (
              <nav className={styles.pagination} aria-label="Pages">
                <p className="muted">
                  Page {formatInteger(data.page)} of {formatInteger(pages)}
                </p>
                <div className={styles.pageButtons}>
                  <button type="button" className="button" disabled={data.page <= 1} onClick={() => setParams({ page: data.page - 1 })}>
                    ← Previous
                  </button>
                  <button type="button" className="button" disabled={data.page >= pages} onClick={() => setParams({ page: data.page + 1 })}>
                    Next →
                  </button>
                </div>
              </nav>
            )}
          </StaleWhileLoading>
        )}
      </section>
    </div>
  );
}
