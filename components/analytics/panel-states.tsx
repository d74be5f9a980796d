import type { ReactNode } from "react";
import { EmptyState, ErrorState } from "@/components/ui/states";

/** The three states every container shows before its chart: error, loading, empty. */
export function PanelStates({ error, loading, empty, emptyTitle, emptyHint = "Try a wider date range or fewer filters.", children }: {
  error: unknown;
  loading: boolean;
  empty: boolean;
  emptyTitle: string;
  emptyHint?: string;
  children: ReactNode;
}) {
  if (error) return <ErrorState error={error} />;
  if (loading) return <p className="muted" role="status">Loading…</p>;
  if (empty) return <EmptyState title={emptyTitle}>
        <p>{emptyHint}</p>
      </EmptyState>;
  return <>{children}</>;
}
