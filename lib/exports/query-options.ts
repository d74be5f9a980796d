import { queryOptions } from "@tanstack/react-query";
import { apiGet } from "../http/api-client";
import { keys } from "../query-keys";
import type { SnapshotView } from "./snapshots";

export const exportQueries = {
  snapshots: () =>
    queryOptions({
      queryKey: keys.exports.snapshots(),
      queryFn: ({ signal }) => apiGet<{ snapshots: SnapshotView[] }>("/api/exports/snapshots", {}, signal),
    }),
};
