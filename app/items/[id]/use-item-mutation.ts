"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiSend } from "@/lib/lookups/api-send";
import { keys } from "@/lib/query-keys";

/** A write on the item page: afterwards the item (detail, history) and every list are refetched. */
export function useItemMutation<T>(itemId: string, send: () => Promise<T>, onSuccess?: (result: T) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: keys.items.all });
      onSuccess?.(result);
    },
  });
}

export const patchJson = <T,>(path: string, body: unknown) => apiSend<T>("PATCH", path, body);
export const itemPath = (itemId: string) => `/api/items/${encodeURIComponent(itemId)}`;
export { keys };
