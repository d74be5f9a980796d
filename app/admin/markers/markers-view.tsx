"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useQueryStates } from "nuqs";
import { AddLanguageMarkerForm } from "@/components/admin/add-language-marker-form";
import { LanguageMarkersTable } from "@/components/admin/language-markers-table";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { languageMarkerQueries } from "@/lib/api-v1/language-markers/query-options";
import adminStyles from "@/components/admin/admin.module.css";
import styles from "@/components/admin/language-markers.module.css";
import { markersSearchParams } from "./search-params";

export function MarkersView() {
  const [{ deleted }, setParams] = useQueryStates(markersSearchParams, { history: "replace" });
  const list = useInfiniteQuery(languageMarkerQueries.adminList(deleted));
  const markers = list.data?.pages.flatMap((page) => page.data) ?? [];
  const deletedCount = markers.filter((m) => m.deletedAt).length;
  const liveCount = markers.length - deletedCount;

  return (
    <>
      <AddLanguageMarkerForm />
      <section className="panel" aria-labelledby="markers-title" aria-busy={list.isFetching}>
        <div className={`panel-header ${styles.listHeader}`}>
          <h2 id="markers-title">Language markers</h2>
          {markers.length > 0 && !list.isPlaceholderData && (
            <span className="panel-note">
              {liveCount} marker{liveCount === 1 ? "" : "s"}
              {deleted ? `, ${deletedCount} deleted` : ""}
              {list.hasNextPage ? " so far" : ""}. Newest first.
            </span>
          )}
          <label className={styles.toggle}>
            <input type="checkbox" checked={deleted} onChange={(e) => void setParams({ deleted: e.target.checked || null })} /> Show deleted
          </label>
        </div>
        {list.isPending && (
          <p className={`panel-body muted ${styles.loading}`} role="status">
            Loading the markers…
          </p>
        )}
        {list.isError && (
          <ErrorState
            error={list.error}
            title="Could not load the language markers"
            action={
              <button type="button" className="button" onClick={() => void list.refetch()}>
                Try again
              </button>
            }
          />
        )}
        {list.isSuccess && markers.length === 0 && (
          <EmptyState title={deleted ? "No language markers, not even deleted ones" : "No language markers yet"}>
            <p>Add the first one above: a turn of phrase or artefact that betrays the author&apos;s language, such as a syntax calque.</p>
            {!deleted && <p>Deleted markers, if there are any, are listed with “Show deleted”.</p>}
          </EmptyState>
        )}
        {markers.length > 0 && (
          <div className={list.isPlaceholderData ? adminStyles.stale : undefined}>
            <LanguageMarkersTable markers={markers} />
            {list.hasNextPage && (
              <div className={adminStyles.more}>
                <button type="button" className="button" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                  {list.isFetchingNextPage ? "Loading…" : "Show more markers"}
                </button>
              </div>
            )}
          </div>
        )}
      </section>
    </>
  );
}
