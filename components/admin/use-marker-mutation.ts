"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { keys } from "@/lib/query-keys";

interface Outcome<TResult> {
  onSuccess?: (result: TResult) => void;
  onError?: (error: Error) => void;
}

/**
 * A marker write that refreshes the admin lists (markers, audit trail) afterwards. Unlike per-call `mutate`
 * callbacks, these outcome handlers run before that refresh and even when the refreshed list unmounts the dialog that
 * made the call (a deleted marker leaves the list, and its confirmation with it).
 */
export function useMarkerMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>, outcome: Outcome<TResult> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (result) => outcome.onSuccess?.(result),
    onError: (error) => outcome.onError?.(error),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.admin.all }),
  });
}
