"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { ErrorState } from "@/components/ui/states";
import type { ClusterRunView } from "@/lib/clustering/jobs/runs";
import { clusteringQueries } from "@/lib/clustering/query-options";
import { formatDateTime, formatInteger } from "@/lib/format/format";
import { apiSend } from "@/lib/lookups/api-send";
import { keys } from "@/lib/query-keys";
import styles from "./suggestions.module.css";

const PHASES: Record<string, string> = {
  loading: "reading items",
  signals: "finding shared signals",
  communities: "grouping linked items into communities",
  suggestions: "turning groups into suggestions with reasons",
  saving: "saving suggestions",
  done: "done",
};

function describe(run: ClusterRunView): string {
  if (run.status === "queued") return "Queued…";
  if (run.status === "running") return `Running: ${PHASES[run.phase ?? ""] ?? run.phase ?? "starting"}${run.totalItems ? ` (${formatInteger(run.totalItems)} items)` : ""}…`;
  if (run.status === "failed") return `Last run failed: ${run.error ?? "unknown error"}`;
  const stats = run.stats as { suggestions?: number } | null;
  const suggestions = stats?.suggestions ?? 0;
  return `Last run ${formatDateTime(run.finishedAt)}: ${formatInteger(run.totalItems)} items, ${formatInteger(suggestions)} ${suggestions === 1 ? "suggestion" : "suggestions"}`;
}

/**
 * "Re-run clustering": queues a full run in the background (or joins the one already running) and shows its
 * progress; when it finishes, every suggestion list refreshes. Needs the "write" permission.
 */
export function RerunClusteringButton() {
  const queryClient = useQueryClient();
  const { data } = useQuery(clusteringQueries.runs());
  const start = useMutation({
    mutationFn: () => apiSend<{ run: ClusterRunView }>("POST", "/api/clustering/runs", {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.clustering.runs() }),
  });
  const latest = data?.runs[0];
  const active = latest?.status === "queued" || latest?.status === "running";
  const wasActive = useRef(false);
  useEffect(() => {
    if (wasActive.current && !active) void queryClient.invalidateQueries({ queryKey: keys.all });
    wasActive.current = active;
  }, [active, queryClient]);
  return (
    <div className={styles.progress}>
      <button type="button" className="button" disabled={active || start.isPending} onClick={() => start.mutate()}>
        Re-run clustering
      </button>
      <span className="muted" role="status" aria-live="polite">{latest ? describe(latest) : "Clustering has not run yet."}</span>
      {start.error && <ErrorState error={start.error} title="Could not start a run" />}
    </div>
  );
}
