"use client";

import { useQuery } from "@tanstack/react-query";
import { useQueryStates } from "nuqs";
import { useId } from "react";
import { FilterSelect } from "@/components/ui/filter-select";
import { RecentDecisions } from "@/components/suggestions/recent-decisions";
import { RerunClusteringButton } from "@/components/suggestions/rerun-clustering-button";
import { SuggestionList } from "@/components/suggestions/suggestion-list";
import styles from "@/components/suggestions/suggestions.module.css";
import { clusteringQueries } from "@/lib/clustering/query-options";
import { LARGE_SUGGESTION } from "@/lib/clustering/schemas";
import { clusteringSearchParams } from "./search-params";

/** Admin → Clustering: what the two levels mean, runs, every open suggestion (filtered, paged) and recent decisions. */
export function ClusteringView() {
  const id = useId();
  const [{ kind, size, page }, setParams] = useQueryStates(clusteringSearchParams, { history: "push" });
  const runs = useQuery(clusteringQueries.runs());
  const lastDone = runs.data?.runs.find((r) => r.status === "completed");
  return (
    <>
      <section className="panel" aria-labelledby="clustering-runs">
        <div className="panel-header">
          <h2 id="clustering-runs">Clustering</h2>
          <span className="panel-note">a run replaces the open suggestions; nothing is linked until a person accepts</span>
        </div>
        <div className="panel-body">
          <dl className={styles.levels}>
            <div>
              <dt>Content clusters</dt>
              <dd>The same content: the same URL, the same file, or near-identical text. Copies of one video or post.</dd>
            </div>
            <div>
              <dt>Campaign suggestions</dt>
              <dd>Content linked by accounts, domains, impersonated personas, coordinated timing and narratives: different content, one operation.</dd>
            </div>
            <div>
              <dt>Run phases</dt>
              <dd>“Finding shared signals” compares the items; “communities” groups linked items; “suggestions” turns groups into proposals with reasons.</dd>
            </div>
          </dl>
          <RerunClusteringButton />
          {lastDone && (
            <p>
              <a href={`/api/clustering/runs/${encodeURIComponent(lastDone.id)}/assignments`} download>
                Download the last run’s assignments (CSV)
              </a>{" "}
              <span className="muted">— one row per item and group, with the top reason</span>
            </p>
          )}
        </div>
      </section>
      <section className="panel" aria-labelledby="open-suggestions">
        <div className="panel-header">
          <h2 id="open-suggestions">Open suggestions</h2>
          <span className="panel-note">new campaign candidates and additions to existing campaigns, best first</span>
        </div>
        <div className="panel-body">
          <div className={styles.filters}>
            <FilterSelect
              id={`${id}-kind`}
              label="Kind"
              value={kind}
              options={[{ value: "new", label: "New campaign candidates" }, { value: "additions", label: "Additions to campaigns" }]}
              onChange={(v) => setParams({ kind: v === "new" || v === "additions" ? v : null, page: null })}
            />
            <FilterSelect
              id={`${id}-size`}
              label="Size"
              value={size}
              options={[{ value: "small", label: `Under ${LARGE_SUGGESTION} items` }, { value: "large", label: `Large (${LARGE_SUGGESTION}+ items)` }]}
              onChange={(v) => setParams({ size: v === "small" || v === "large" ? v : null, page: null })}
            />
          </div>
          <SuggestionList
            scope={{ open: true, ...(kind ? { kind } : {}), ...(size ? { size } : {}), page }}
            canWrite
            empty={kind || size ? "No open suggestions match these filters" : "No open suggestions: run clustering to look for new ones"}
            onPage={(p) => setParams({ page: p > 1 ? p : null })}
          />
        </div>
      </section>
      <section className="panel" aria-labelledby="recent-decisions">
        <div className="panel-header">
          <h2 id="recent-decisions">Recent decisions</h2>
          <span className="panel-note">a decision can be undone for 10 minutes, until someone decides on the same items or a run uses it</span>
        </div>
        <div className="panel-body">
          <RecentDecisions />
        </div>
      </section>
    </>
  );
}
