"use client";

import { useQuery } from "@tanstack/react-query";
import { useQueryStates } from "nuqs";
import { StaleWhileLoading } from "@/components/ui/filter-panel";
import { InvalidFiltersState, NoMatchState } from "@/components/ui/list-states";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { formatEstimate, formatInteger } from "@/lib/format/format";
import { itemQueries } from "@/lib/items/query-options";
import { ItemsFilters } from "./items-filters";
import { ItemsPagination } from "./items-pagination";
import { ItemsTable } from "./items-table";
import { itemsSearchParams, toItemsFilters } from "./search-params";

const FILTER_KEYS = ["q", "kind", "verdict", "platform", "language", "country", "campaign"] as const;

export function ItemsView() {
  const [params, setParams] = useQueryStates(itemsSearchParams, { history: "push" });
  const parsed = toItemsFilters(params);
  const list = useQuery({ ...itemQueries.list(parsed.data!), enabled: parsed.success });
  const options = useQuery(itemQueries.filterOptions());
  const hasFilters = FILTER_KEYS.some((key) => params[key] !== null);
  const clearFilters = () => setParams({ ...Object.fromEntries(FILTER_KEYS.map((k) => [k, null])), page: null });

  const data = list.data;
  return (
    <div className="page">
      <header className="page-header">
        <h1>Items</h1>
        <p className="lede">
          Reported content: videos, posts, articles and emails. Filters live in the address bar, so a link opens this
          exact view.
        </p>
      </header>

      <ItemsFilters params={params} setParams={setParams} options={options.data} hasFilters={hasFilters} onClear={clearFilters} />

      <section className="panel" aria-labelledby="items-results" aria-busy={list.isFetching}>
        <div className="panel-header">
          <h2 id="items-results">
            {data ? (
              <>
                {data.totalIsEstimate ? `About ${formatEstimate(data.total)}` : formatInteger(data.total)}
                {data.totalIsLowerBound ? "+" : ""} item{data.total === 1 ? "" : "s"}
                {hasFilters ? " match" : ""}
              </>
            ) : (
              "Results"
            )}
          </h2>
          {data?.totalIsLowerBound && (
            <span className="panel-note">Counting stops at {formatInteger(data.total)} matches; narrow the filters for an exact figure.</span>
          )}
          {data?.totalIsEstimate && (
            <span className="panel-note">Estimated total (from database statistics); filtered counts are exact.</span>
          )}
        </div>
        {!parsed.success && <InvalidFiltersState onClear={clearFilters} />}
        {list.isError && <ErrorState error={list.error} />}
        {data && data.items.length === 0 && (
          hasFilters ? (
            <NoMatchState noun="items" onClear={clearFilters} />
          ) : data.page > 1 ? (
            <EmptyState title={`There is no page ${data.page}`}>
              <button type="button" className="button" onClick={() => setParams({ page: null })}>
                Go to the first page
              </button>
            </EmptyState>
          ) : (
            <EmptyState title="No items yet">
              <p>Nothing has been logged. Items appear here as fact-checkers log sightings.</p>
            </EmptyState>
          )
        )}
        {data && data.items.length > 0 && (
          <StaleWhileLoading stale={list.isPlaceholderData}>
            <ItemsTable rows={data.items} sort={params.sort} dir={params.dir} setParams={setParams} />
            <ItemsPagination data={data} setParams={setParams} />
          </StaleWhileLoading>
        )}
      </section>
    </div>
  );
}
