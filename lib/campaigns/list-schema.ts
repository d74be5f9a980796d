import { z } from "zod";
import { CampaignStatus } from "../generated/prisma/enums";
import { countryCode, languageTag } from "../items/schemas";

/**
 * The campaigns list (/campaigns and GET /api/campaigns): sortable, filtered, paged. Light code checks (no code
 * registries) because the browser parses its URL with this schema too, as the items list does.
 */
export const CAMPAIGN_STATUSES = Object.values(CampaignStatus);
export const CAMPAIGN_SORTS = ["last_seen", "first_seen", "name", "status", "items", "sightings", "pending"] as const;
export type CampaignSort = (typeof CAMPAIGN_SORTS)[number];
export const CAMPAIGN_SORT_DIRECTIONS = ["desc", "asc"] as const;
export const CAMPAIGN_PAGE_SIZE = 50;

export const campaignsListQuerySchema = z.strictObject({
  q: z.string().trim().max(200, { error: "must be at most 200 characters" }).optional().transform((v) => v || undefined),
  status: z.enum(CampaignStatus).optional(),
  country: countryCode.optional(),
  language: languageTag.optional(),
  sort: z.enum(CAMPAIGN_SORTS).default("last_seen"),
  dir: z.enum(CAMPAIGN_SORT_DIRECTIONS).default("desc"),
  page: z.coerce.number({ error: "must be a whole number" }).int().min(1).max(100_000).default(1),
  /** Only campaigns with open clustering suggestions waiting for a person (the "Pending" column above zero). */
  pending: z.enum(["true", "false"], { error: "must be true or false" }).transform((v) => v === "true").optional(),
  /** Moderators: show soft-deleted (and merged) campaigns instead of live ones, to restore them. */
  deleted: z.enum(["true", "false"], { error: "must be true or false" }).transform((v) => v === "true").optional(),
});
export type CampaignsListFilters = z.output<typeof campaignsListQuerySchema>;
