"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { Ref } from "react";
import type { DuplicateMatch, DuplicateReason } from "@/lib/ingest/find-duplicates";
import { formatInteger, humanize } from "@/lib/format/format";
import { logQueries, type DuplicateCheck } from "@/lib/lookups/query-options";
import styles from "./log-form.module.css";
import { useDebouncedValue } from "./use-debounced-value";

const REASON_LABEL: Record<DuplicateReason, string> = {
  same_url: "same URL",
  same_file: "same file (SHA-256)",
  near_identical_text: "near-identical text",
};

/** Whether the check has anything to go on: a URL, a file hash, or a few words. */
const worthChecking = (c: DuplicateCheck) => Boolean(c.url.trim() || c.sha256 || c.title.trim().length >= 8 || c.text.trim().length >= 20);

export function useDuplicates(check: DuplicateCheck) {
  const debounced = useDebouncedValue(check, 250);
  const enabled = worthChecking(debounced);
  const query = useQuery({ ...logQueries.duplicates(debounced), enabled });
  return { matches: enabled ? (query.data?.matches ?? []) : [], isFetching: enabled && query.isFetching, error: query.error };
}

interface Props {
  matches: DuplicateMatch[];
  isFetching: boolean;
  onAttach: (match: DuplicateMatch) => void;
  ref?: Ref<HTMLElement>;
}

/**
 * Known items the new sighting may be a copy of, with the reasons and a score. Alt+A attaches to the first;
 * Tab to a match and press Enter to attach to that one.
 */
export function DuplicatePanel({ matches, isFetching, onAttach, ref }: Props) {
  return (
    <section ref={ref} className={`panel ${styles.duplicates}`} aria-labelledby="duplicates-heading" tabIndex={-1}>
      <div className="panel-header">
        <h2 id="duplicates-heading">Already known?</h2>
        <span className="panel-note" aria-live="polite">
          {isFetching ? "checking…" : matches.length ? `${matches.length} possible match${matches.length === 1 ? "" : "es"}` : ""}
        </span>
      </div>
      {matches.length === 0 ? (
        <p className="panel-body muted">
          {isFetching ? "Checking…" : "No known item has this URL, file or text. Paste a URL or type the text to check."}
        </p>
      ) : (
        <ol className={styles.matchList} aria-label="Possible duplicates">
          {matches.map((m, i) => (
            <li key={m.itemId} className={styles.match}>
              <div className={styles.matchHead}>
                <Link href={`/items/${m.itemId}`} target="_blank" className={styles.matchTitle}>
                  {m.title ?? `Untitled ${m.kind}`}
                </Link>
                <span className={styles.score} title="1 = exact URL or file match; for text, the estimated similarity">
                  {Math.round(m.score * 100)}%
                </span>
              </div>
              <div className={styles.reasons}>
                {m.reasons.map((r) => (
                  <span key={r} className="chip">
                    {REASON_LABEL[r]}
                  </span>
                ))}
                <span className="muted">
                  {humanize(m.kind)} · {formatInteger(m.sightingCount)} sighting{m.sightingCount === 1 ? "" : "s"}
                </span>
              </div>
              {m.canonicalUrl && <code className={`break ${styles.matchUrl}`}>{m.canonicalUrl}</code>}
              <button type="button" className="button" onClick={() => onAttach(m)} aria-keyshortcuts={i === 0 ? "Alt+A" : undefined}>
                Attach sighting to this item{i === 0 && <kbd className={styles.kbd}>Alt+A</kbd>}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
