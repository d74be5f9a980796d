"use client";

import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { ApiClientError } from "@/lib/http/api-client";

/**
 * A failed save: a stale version (409) says so and offers to reload what changed (the edit is kept on screen to copy
 * from); other errors list the fields at fault. Text only, never markup.
 */
export function SaveError({ error, reloadKey, reloadLabel, onReload }: { error: Error | null; reloadKey: QueryKey; reloadLabel: string; onReload?: () => void }) {
  const queryClient = useQueryClient();
  if (!error) return null;
  const conflict = error instanceof ApiClientError && error.status === 409 && error.code === "conflict";
  const details = error instanceof ApiClientError && !conflict ? error.details : [];
  return (
    <div className="state state-error" role="alert">
      <p>
        <strong>Not saved.</strong> {error.message}
      </p>
      {details.length > 0 && (
        <ul>
          {details.map((d) => (
            <li key={`${d.path}:${d.message}`}>
              <code>{d.path}</code> {d.message}
            </li>
          ))}
        </ul>
      )}
      {conflict && (
        <button type="button" className="button" onClick={() => void queryClient.invalidateQueries({ queryKey: reloadKey }).then(onReload)}>
          {reloadLabel}
        </button>
      )}
    </div>
  );
}
