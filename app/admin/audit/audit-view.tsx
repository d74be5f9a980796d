"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useQueryStates } from "nuqs";
import { AuditTable } from "@/components/admin/audit-table";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { auditQueries } from "@/lib/audit/query-options";
import { peopleQueries } from "@/lib/users/query-options";
import { AuditFilters } from "./audit-filters";
import { AUDIT_FILTER_KEYS, auditSearchParams, toAuditFilters } from "./search-params";
import styles from "@/components/admin/admin.module.css";

export function AuditView() {
  const [params, setParams] = useQueryStates(auditSearchParams, { history: "push" });
  const parsed = toAuditFilters(params);
  const list = useInfiniteQuery({ ...auditQueries.list(parsed.ok ? parsed.filters : {}), enabled: parsed.ok });
  const people = useQuery(peopleQueries.list());
  const hasFilters = AUDIT_FILTER_KEYS.some((key) => params[key] !== null);
  const clear = () => setParams(Object.fromEntries(AUDIT_FILTER_KEYS.map((k) => [k, null])));
  const events = list.data?.pages.flatMap((page) => page.events) ?? [];

  return (
    <>
      <AuditFilters params={params} setParams={setParams} people={people.data?.people ?? []} hasFilters={hasFilters} onClear={clear} />
      <section className="panel" aria-labelledby="audit-title" aria-busy={list.isFetching}>
        <div className="panel-header">
          <h2 id="audit-title">Events</h2>
          <span className="panel-note">Newest first. Times in UTC.</span>
        </div>
        {!parsed.ok && (
          <ErrorState
            error={parsed.error}
            title="Invalid filters in the address"
            action={
              <button type="button" className="button" onClick={clear}>
                Clear filters
              </button>
            }
          />
        )}
        {list.isError && <ErrorState error={list.error} />}
        {list.isSuccess && events.length === 0 && (
          <EmptyState title={hasFilters ? "No events match these filters" : "No events yet"}>
            {hasFilters && (
              <button type="button" className="button" onClick={clear}>
                Clear filters
              </button>
            )}
          </EmptyState>
        )}
        {events.length > 0 && (
          <div className={list.isPlaceholderData ? styles.stale : undefined}>
            <AuditTable events={events} />
            <div className={styles.more}>
              {list.hasNextPage ? (
                <button type="button" className="button" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                  {list.isFetchingNextPage ? "Loading…" : "Show older events"}
                </button>
              ) : (
                <span className="faint">
                  {events.length} event{events.length === 1 ? "" : "s"}; that is all{hasFilters ? " that match" : ""}.
                </span>
              )}
            </div>
          </div>
        )}
      </section>
    </>
  );
}
