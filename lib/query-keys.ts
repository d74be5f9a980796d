import type { FirstSeenQuery, MarkersQuery, SpreadQuery } from "./analytics/schemas";
import type { AuditFilters } from "./audit/schemas";
import type { CampaignsListFilters } from "./campaigns/list-schema";
import type { DatasetFilter } from "./filters/dataset-filter";
import type { ItemsListFilters } from "./items/schemas";

/**
 * Hierarchical query keys: invalidate `keys.items.all` after a write to refresh every items list and detail;
 * never bust a cache by putting a timestamp into a key.
 */
export const keys = {
  all: ["sightline"] as const,
  overview: {
    all: ["sightline", "overview"] as const,
    stats: () => [...keys.overview.all, "stats"] as const,
    timeline: () => [...keys.overview.all, "timeline"] as const,
    topCampaigns: () => [...keys.overview.all, "top-campaigns"] as const,
    recentItems: () => [...keys.overview.all, "recent-items"] as const,
  },
  items: {
    all: ["sightline", "items"] as const,
    lists: () => [...keys.items.all, "list"] as const,
    list: (filters: ItemsListFilters) => [...keys.items.lists(), filters] as const,
    filterOptions: () => [...keys.items.all, "filter-options"] as const,
    details: () => [...keys.items.all, "detail"] as const,
    detail: (id: string) => [...keys.items.details(), id] as const,
  },
  analytics: {
    all: ["sightline", "analytics"] as const,
    spread: (q: SpreadQuery) => [...keys.analytics.all, "spread", q] as const,
    firstSeen: (q: FirstSeenQuery) => [...keys.analytics.all, "first-seen", q] as const,
    countries: (f: DatasetFilter) => [...keys.analytics.all, "countries", f] as const,
    languages: (f: DatasetFilter) => [...keys.analytics.all, "languages", f] as const,
    markers: (q: MarkersQuery) => [...keys.analytics.all, "markers", q] as const,
    verdicts: (f: DatasetFilter) => [...keys.analytics.all, "verdicts", f] as const,
    timeToDebunk: (f: DatasetFilter) => [...keys.analytics.all, "time-to-debunk", f] as const,
  },
  exports: {
    all: ["sightline", "exports"] as const,
    snapshots: () => [...keys.exports.all, "snapshots"] as const,
  },
  search: {
    all: ["sightline", "search"] as const,
    query: (q: string) => [...keys.search.all, q] as const,
  },
  graph: {
    all: ["sightline", "graph"] as const,
    view: (params: Record<string, string>) => [...keys.graph.all, "view", params] as const,
    neighbours: (focus: string) => [...keys.graph.all, "neighbours", focus] as const,
  },
  clustering: {
    all: ["sightline", "clustering"] as const,
    suggestions: (scope: { campaign?: string; item?: string; candidates?: boolean; open?: boolean; kind?: string; size?: string; page?: number }) =>
      [...keys.clustering.all, "suggestions", scope] as const,
    members: (suggestionId: string, page: number) => [...keys.clustering.all, "members", suggestionId, page] as const,
    decisions: () => [...keys.clustering.all, "decisions"] as const,
    runs: () => [...keys.clustering.all, "runs"] as const,
    run: (id: string) => [...keys.clustering.runs(), id] as const,
  },
  campaigns: {
    all: ["sightline", "campaigns"] as const,
    lists: () => [...keys.campaigns.all, "list"] as const,
    list: (filters: CampaignsListFilters) => [...keys.campaigns.lists(), filters] as const,
    details: () => [...keys.campaigns.all, "detail"] as const,
    detail: (slug: string) => [...keys.campaigns.details(), slug] as const,
  },
  admin: {
    all: ["sightline", "admin"] as const,
    people: () => [...keys.admin.all, "people"] as const,
    audits: () => [...keys.admin.all, "audit"] as const,
    audit: (filters: AuditFilters) => [...keys.admin.audits(), filters] as const,
    languageMarkers: (filter: { includeDeleted: boolean }) => [...keys.admin.all, "language-markers", filter] as const,
  },
};
