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

/** GET /api/clustering/suggestions?campaign=<id or slug>|candidates=1|item=<id> */
export const listSuggestionsQuerySchema = z
  .object({
    campaign: z.string().trim().min(1).max(200).optional(),
    item: z.uuid().optional(),
    candidates: z.enum(["1", "true"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict()
  .refine((q) => [q.campaign, q.item, q.candidates].filter(Boolean).length === 1, {
    message: "give exactly one of campaign, item or candidates",
    path: ["campaign"],
  });
export type ListSuggestionsQuery = z.infer<typeof listSuggestionsQuerySchema>;

/** POST /api/clustering/runs takes no parameters: no body, or {}. */
export const requestRunBodySchema = z.object({}).strict();
