"use client";

import Link from "next/link";
import { useId, useState } from "react";
import type { SuggestionView } from "@/lib/clustering/list-suggestions";
import { formatInteger } from "@/lib/format/format";
import styles from "./suggestions.module.css";

export interface DecideArgs {
  decision: "accept" | "reject";
  itemIds?: string[];
  campaignName?: string;
}

interface Props {
  suggestion: SuggestionView;
  canWrite: boolean;
  pending: boolean;
  onDecide: (args: DecideArgs) => void;
  /** The item page shows one item's own suggestion: its reasons, and decisions for it alone. */
  forItem?: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${formatInteger(n)} ${n === 1 ? one : many}`;

/**
 * One suggestion: what is proposed, the score, the reasons a person can check, and its items with their own
 * reasons. Accept or reject everything or item by item; a new-campaign candidate asks for the campaign's name.
 * Text is rendered as text (reasons quote user-entered names).
 */
export function SuggestionCard({ suggestion: s, canWrite, pending, onDecide, forItem }: Props) {
  const [name, setName] = useState("");
  const nameId = useId();
  const candidate = s.campaign === null;
  const headline = forItem
    ? candidate ? "New campaign candidate" : `Belongs to ${s.campaign!.name}?`
    : candidate ? `New campaign candidate (${plural(s.openCount, "item")})` : `Add ${plural(s.openCount, "item")} to ${s.campaign!.name}`;
  const reasons = forItem ? (s.members[0]?.reasons ?? []) : s.reasons;
  const score = forItem ? (s.members[0]?.score ?? s.score) : s.score;
  const accept = (itemIds?: string[]) => onDecide({ decision: "accept", itemIds, campaignName: candidate ? name : undefined });
  const scope = forItem ? [forItem] : undefined;
  return (
    <article className={styles.card} aria-label={headline}>
      <div className={styles.head}>
        <h3 className={styles.title}>
          {!candidate && !forItem ? (
            <>Add {plural(s.openCount, "item")} to <Link href={`/campaigns/${s.campaign!.slug}`}>{s.campaign!.name}</Link></>
          ) : !candidate ? (
            <>Belongs to <Link href={`/campaigns/${s.campaign!.slug}`}>{s.campaign!.name}</Link>?</>
          ) : headline}
        </h3>
        <span className={styles.score} title="Confidence 0–1: the campaign's share of the evidence × how firmly the items are tied to it">
          {score.toFixed(2)}
        </span>
      </div>
      <ul className={styles.reasons} aria-label="Reasons">
        {reasons.map((r) => <li key={`${r.signal}:${r.detail}`}>{r.detail}</li>)}
      </ul>
      {canWrite && (
        <div className={styles.actions}>
          {candidate && (
            <div className={`field ${styles.nameField}`}>
              <label htmlFor={nameId}>Name of the new campaign</label>
              <input id={nameId} className="input" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
            </div>
          )}
          <button type="button" className="button button-primary" disabled={pending || (candidate && !name.trim())} onClick={() => accept(scope)}>
            {forItem ? "Accept" : "Accept all"}
          </button>
          <button type="button" className="button" disabled={pending} onClick={() => onDecide({ decision: "reject", itemIds: scope })}>
            {forItem ? "Reject" : "Reject all"}
          </button>
        </div>
      )}
      {!forItem && (
        <ol className={styles.members} aria-label="Items">
          {s.members.map((m) => (
            <li key={m.itemId} className={styles.member}>
              <span className={styles.memberText}>
                <Link href={`/items/${m.itemId}`}>{m.title ?? `Untitled ${m.kind}`}</Link>{" "}
                <span className="muted">({m.score.toFixed(2)})</span>
                <span className={styles.memberReasons}>{m.reasons.map((r) => r.detail).join(" · ")}</span>
              </span>
              {canWrite && (
                <span className={styles.progress}>
                  <button type="button" className="button" disabled={pending || (candidate && !name.trim())} onClick={() => accept([m.itemId])} aria-label={`Accept ${m.title ?? m.itemId}`}>
                    Accept
                  </button>
                  <button type="button" className="button" disabled={pending} onClick={() => onDecide({ decision: "reject", itemIds: [m.itemId] })} aria-label={`Reject ${m.title ?? m.itemId}`}>
                    Reject
                  </button>
                </span>
              )}
            </li>
          ))}
          {s.openCount > s.members.length && (
            <li className={`${styles.member} muted`}>… and {plural(s.openCount - s.members.length, "more item")} (decided with “all”)</li>
          )}
        </ol>
      )}
    </article>
  );
}
