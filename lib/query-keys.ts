import type { AuditFilters } from "./audit/schemas";
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
  admin: {
    all: ["sightline", "admin"] as const,
    people: () => [...keys.admin.all, "people"] as const,
    audits: () => [...keys.admin.all, "audit"] as const,
    audit: (filters: AuditFilters) => [...keys.admin.audits(), filters] as const,
  },
};
