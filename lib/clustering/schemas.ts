import { z } from "zod";

export const suggestionIdSchema = z.uuid();
export const clusterRunIdSchema = z.uuid();

/** POST /api/clustering/suggestions/:id/accept|reject — all undecided items, or the listed ones. */
export const decideSuggestionBodySchema = z
  .object({
    itemIds: z.array(z.uuid()).min(1).max(5000).optional(),
    /** Required to accept a new-campaign candidate: the campaign it creates. */
    campaignName: z.string().trim().min(1, "a new campaign needs a name").max(200).optional(),
  })
  .strict();
export type DecideSuggestionBody = z.infer<typeof decideSuggestionBodySchema>;

/** A suggestion this large says so, and its items are reviewed page by page. */
export const LARGE_SUGGESTION = 200;
export const SUGGESTION_PAGE_SIZE = 20;
export const MEMBER_PAGE_SIZE = 20;

/**
 * GET /api/clustering/suggestions?campaign=<id or slug>|candidates=1|item=<id>|open=1 — open=1 is Admin → Clustering:
 * every open suggestion (new candidates and additions), filtered by kind and size, one page at a time.
 */
export const listSuggestionsQuerySchema = z
  .object({
    campaign: z.string().trim().min(1).max(200).optional(),
    item: z.uuid().optional(),
    candidates: z.enum(["1", "true"]).optional(),
    open: z.enum(["1", "true"]).optional(),
    kind: z.enum(["new", "additions"], { error: "must be new or additions" }).optional(),
    size: z.enum(["small", "large"], { error: "must be small or large" }).optional(),
    page: z.coerce.number({ error: "must be a whole number" }).int().min(1).max(100_000).default(1),
    limit: z.coerce.number().int().min(1).max(100).default(SUGGESTION_PAGE_SIZE),
  })
  .strict()
  .refine((q) => [q.campaign, q.item, q.candidates, q.open].filter(Boolean).length === 1, {
    message: "give exactly one of campaign, item, candidates or open",
    path: ["campaign"],
  });
export type ListSuggestionsQuery = Omit<z.output<typeof listSuggestionsQuerySchema>, "page" | "limit"> & { page?: number; limit?: number };

/** GET /api/clustering/suggestions/:id/items?page= — a suggestion's open items, best first, a page at a time. */
export const listSuggestionItemsQuerySchema = z
  .object({ page: z.coerce.number({ error: "must be a whole number" }).int().min(1).max(100_000).default(1) })
  .strict();

/** GET /api/clustering/decisions — the most recent decisions, newest first, with whether each can still be undone. */
export const decisionIdSchema = z.uuid();

/** POST /api/clustering/runs and …/decisions/:id/undo take no parameters: no body, or {}. */
export const requestRunBodySchema = z.object({}).strict();
