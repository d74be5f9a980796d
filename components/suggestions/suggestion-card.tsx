"use client";

import Link from "next/link";
import { useId, useState } from "react";
import type { SuggestionView } from "@/lib/clustering/list-suggestions";
import { formatInteger } from "@/lib/format/format";
import { SuggestionMembers } from "./suggestion-members";
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

/** The two levels of clustering, when the engine says which one a suggestion is (see Admin → Clustering). */
const LEVELS: Record<string, { label: string; title: string }> = {
  content: { label: "Content cluster", title: "The same content: same URL, file or near-identical text" },
  campaign: { label: "Campaign suggestion", title: "Content linked by accounts, domains, personas, timing or narratives" },
};

/**
 * One suggestion: what is proposed, its kind and size, the score, the reasons a person can check, and its items
 * (paged) with their own reasons. Accept or reject everything or item by item; a new-campaign candidate asks for
 * the campaign's name. Text is rendered as text (reasons quote user-entered names).
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
  const level = s.level ? (LEVELS[s.level] ?? { label: s.level, title: "" }) : null;
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
      <div className={styles.badges}>
        <span className={styles.badge}>{candidate ? "New campaign" : "Addition"}</span>
        {level && <span className={styles.badge} title={level.title}>{level.label}</span>}
        {s.large && !forItem && <span className={`${styles.badge} ${styles.large}`}>Large group</span>}
        {!s.runId && <span className={styles.badge} title="Computed when the item was logged, not by a full run">From logging</span>}
      </div>
      {s.large && !forItem && (
        <p className={styles.largeNote}>
          A large group: {plural(s.openCount, "item")}. Review it page by page below and decide item by item, or all at once
          if the reasons hold for the whole group.
        </p>
      )}
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
            {forItem ? "Accept" : `Accept all ${formatInteger(s.openCount)}`}
          </button>
          <button type="button" className="button" disabled={pending} onClick={() => onDecide({ decision: "reject", itemIds: scope })}>
            {forItem ? "Reject" : `Reject all ${formatInteger(s.openCount)}`}
          </button>
        </div>
      )}
      {!forItem && (
        <SuggestionMembers
          suggestion={s}
          canWrite={canWrite}
          pending={pending}
          acceptBlocked={candidate && !name.trim()}
          onAccept={(itemIds) => accept(itemIds)}
          onReject={(itemIds) => onDecide({ decision: "reject", itemIds })}
        />
      )}
    </article>
  );
}
