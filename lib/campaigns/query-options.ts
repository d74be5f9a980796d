import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiGet } from "../http/api-client";
import { keys } from "../query-keys";
import type { CampaignDetail } from "./get-campaign";
import type { CampaignsListResponse } from "./list-campaigns";
import type { CampaignsListFilters } from "./list-schema";

/** Browser-side options per endpoint; server components reuse them with the lib query as queryFn. */
export const campaignQueries = {
  list: (filters: CampaignsListFilters) =>
    queryOptions({
      queryKey: keys.campaigns.list(filters),
      queryFn: ({ signal }) =>
        apiGet<CampaignsListResponse>("/api/campaigns", { ...filters, deleted: filters.deleted === undefined ? undefined : String(filters.deleted) }, signal),
      placeholderData: keepPreviousData,
    }),
  detail: (slug: string) =>
    queryOptions({
      queryKey: keys.campaigns.detail(slug),
      queryFn: ({ signal }) => apiGet<CampaignDetail>(`/api/campaigns/${encodeURIComponent(slug)}`, {}, signal),
    }),
};
