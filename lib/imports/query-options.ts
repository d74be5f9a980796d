import { queryOptions } from "@tanstack/react-query";
import { apiGet } from "../http/api-client";
import { keys } from "../query-keys";
import type { ImportPreview } from "./job-preview";
import type { ImportJobView } from "./jobs/get-job";

// TODO(shell): move into lib/query-keys.ts as keys.imports (that file belongs to the app-shell owner).
export const importKeys = {
  all: [...keys.all, "imports"] as const,
  list: () => [...importKeys.all, "list"] as const,
  job: (id: string) => [...importKeys.all, "job", id] as const,
  preview: (id: string) => [...importKeys.all, "preview", id] as const,
};

const ACTIVE: ReadonlySet<ImportJobView["status"]> = new Set(["queued", "running"]);

export const importQueries = {
  list: () =>
    queryOptions({
      queryKey: importKeys.list(),
      queryFn: ({ signal }) => apiGet<{ jobs: ImportJobView[] }>("/api/imports", {}, signal),
    }),
  /** Polls once a second while the job runs, so the progress bar moves and survives a reload. */
  job: (id: string) =>
    queryOptions({
      queryKey: importKeys.job(id),
      queryFn: ({ signal }) => apiGet<ImportJobView>(`/api/imports/${encodeURIComponent(id)}`, {}, signal),
      refetchInterval: (query) => (query.state.data && ACTIVE.has(query.state.data.status) ? 1_000 : false),
    }),
  preview: (id: string) =>
    queryOptions({
      queryKey: importKeys.preview(id),
      queryFn: ({ signal }) => apiGet<ImportPreview>(`/api/imports/${encodeURIComponent(id)}/preview`, {}, signal),
      staleTime: Infinity,
    }),
};
