"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { ErrorState } from "@/components/ui/states";
import type { SuggestionView } from "@/lib/clustering/list-suggestions";
import { clusteringQueries } from "@/lib/clustering/query-options";
import { MEMBER_PAGE_SIZE } from "@/lib/clustering/schemas";
import { formatInteger } from "@/lib/format/format";
import styles from "./suggestions.module.css";

interface Props {
  suggestion: SuggestionView;
  canWrite: boolean;
  pending: boolean;
  /** Accepting an item of a new-campaign candidate needs the campaign's name first. */
  acceptBlocked: boolean;
  onAccept: (itemIds: string[]) => void;
  onReject: (itemIds: string[]) => void;
}

/**
 * A suggestion's open items with their own reasons, a page at a time from the server (page 1 came with the
 * suggestion), each with accept / reject. Nothing is cut off silently: the pager says how many there are.
 */
export function SuggestionMembers({ suggestion: s, canWrite, pending, acceptBlocked, onAccept, onReject }: Props) {
  const [page, setPage] = useState(1);
  // The previous page stays on screen (dimmed by aria-busy) while the next one loads: the card keeps its height.
  const later = useQuery({ ...clusteringQueries.members(s.id, page), enabled: page > 1, placeholderData: keepPreviousData });
  const pageSize = MEMBER_PAGE_SIZE;
  const pages = Math.max(1, Math.ceil(s.openCount / pageSize));
  const current = Math.min(page, pages);
  const members = current === 1 ? s.members : (later.data?.items ?? s.members);
  return (
    <div>
      {later.error && <ErrorState error={later.error} title="Could not load these items" />}
      <ol className={styles.members} aria-label="Items" aria-busy={current > 1 && later.isFetching}>
        {(members ?? []).map((m) => (
          <li key={m.itemId} className={styles.member}>
            <span className={styles.memberText}>
              <Link href={`/items/${m.itemId}`}>{m.title ?? `Untitled ${m.kind}`}</Link>{" "}
              <span className="muted">({m.score.toFixed(2)})</span>
              <span className={styles.memberReasons}>{m.reasons.map((r) => r.detail).join(" · ")}</span>
            </span>
            {canWrite && (
              <span className={styles.progress}>
                <button type="button" className="button" disabled={pending || acceptBlocked} onClick={() => onAccept([m.itemId])} aria-label={`Accept ${m.title ?? m.itemId}`}>
                  Accept
                </button>
                <button type="button" className="button" disabled={pending} onClick={() => onReject([m.itemId])} aria-label={`Reject ${m.title ?? m.itemId}`}>
                  Reject
                </button>
              </span>
            )}
          </li>
        ))}
        {!members && <li className={`${styles.member} muted`}>Loading items…</li>}
      </ol>
      {pages > 1 && (
        <nav className={styles.pager} aria-label="Pages of items in this suggestion">
          <button type="button" className="button" disabled={current <= 1} onClick={() => setPage(current - 1)}>
            ← Previous
          </button>
          <span className="muted">
            Items {formatInteger((current - 1) * pageSize + 1)}–{formatInteger(Math.min(current * pageSize, s.openCount))} of {formatInteger(s.openCount)}
          </span>
          <button type="button" className="button" disabled={current >= pages} onClick={() => setPage(current + 1)}>
            Next →
          </button>
        </nav>
      )}
    </div>
  );
}
