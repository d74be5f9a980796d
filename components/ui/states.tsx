import type { ReactNode } from "react";
import { ApiClientError } from "@/lib/http/api-client";

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state" role="status">
      <h2>{title}</h2>
      {children}
    </div>
  );
}

/** Shows an API error in words; field details (422) are listed so a bad link can be fixed by hand. */
export function ErrorState({ error, title = "Could not load this data", action }: { error: unknown; title?: string; action?: ReactNode }) {
  const message = error instanceof Error ? error.message : "Unknown error";
  const details = error instanceof ApiClientError ? error.details : [];
  return (
    <div className="state state-error" role="alert">
      <h2>{title}</h2>
      <p>{message}</p>
      {details.length > 0 && (
        <ul>
          {details.map((d) => (
            <li key={`${d.path}:${d.message}`}>
              <code>{d.path}</code>: {d.message}
            </li>
          ))}
        </ul>
      )}
      {action}
    </div>
  );
}
