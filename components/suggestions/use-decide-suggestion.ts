"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiSend } from "@/lib/lookups/api-send";
import { keys } from "@/lib/query-keys";
import type { SuggestionView } from "@/lib/clustering/list-suggestions";
import type { DecideArgs } from "./suggestion-card";

/** What the server answers to a decision: enough for the "Undo" offer that follows it. */
export interface DecisionResult {
  id: string;
  status: string;
  campaignId: string | null;
  decided: number;
  left: number;
  decisionId: string;
  undoableUntil: string;
}

/** `suggestion` only travels to `onDecided` (for the confirmation's wording); the request sends the decision. */
type DecideVariables = DecideArgs & { id: string; suggestion: SuggestionView };

/**
 * Accept / reject a suggestion; afterwards suggestions, items and everything campaign-derived are refetched.
 * `onDecided` runs as soon as the server answers, before that refetch (which can take seconds on a big campaign
 * page), so the confirmation and its Undo show at once while the buttons stay disabled until the lists are fresh.
 */
export function useDecideSuggestion(onDecided?: (result: DecisionResult, variables: DecideVariables) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, itemIds, campaignName }: DecideVariables) =>
      apiSend<DecisionResult>("POST", `/api/clustering/suggestions/${encodeURIComponent(id)}/${decision}`, {
        ...(itemIds ? { itemIds } : {}),
        ...(campaignName !== undefined ? { campaignName } : {}),
      }),
    onSuccess: async (result, variables) => {
      onDecided?.(result, variables);
      // Campaign counts change with links: refresh everything rather than guess which campaign keys exist.
      await queryClient.invalidateQueries({ queryKey: keys.all });
    },
  });
}

/** Undo an accept / reject (POST /api/clustering/decisions/:id/undo); refreshes the same as deciding. */
export function useUndoDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decisionId: string) => apiSend<{ id: string; restored: number }>("POST", `/api/clustering/decisions/${encodeURIComponent(decisionId)}/undo`, {}),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.all });
    },
  });
}
