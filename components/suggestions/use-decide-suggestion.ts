"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiSend } from "@/lib/lookups/api-send";
import { keys } from "@/lib/query-keys";
import type { DecideArgs } from "./suggestion-card";

/** Accept / reject a suggestion; afterwards suggestions, items and everything campaign-derived are refetched. */
export function useDecideSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, itemIds, campaignName }: DecideArgs & { id: string }) =>
      apiSend<{ id: string; status: string; campaignId: string | null }>("POST", `/api/clustering/suggestions/${encodeURIComponent(id)}/${decision}`, {
        ...(itemIds ? { itemIds } : {}),
        ...(campaignName !== undefined ? { campaignName } : {}),
      }),
    onSuccess: async () => {
      // Campaign counts change with links: refresh everything rather than guess which campaign keys exist.
      await queryClient.invalidateQueries({ queryKey: keys.all });
    },
  });
}
