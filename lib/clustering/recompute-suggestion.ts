import type { Reason } from "./types";

/** What a suggestion says about itself once some of its items are decided: only the open items count. */
export interface RecomputedSuggestion {
  score: number;
  reasons: Reason[];
  itemCount: number;
}

const round = (x: number) => Math.round(x * 100) / 100;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * A suggestion's score, reasons and size from its still-open items' own reasons (the engine's per-item format,
 * lib/clustering/reasons.ts: one `{ signal, count, detail }` per signal, detail naming what the item shares).
 * Score is the mean item score, as the engine computes it. One reason per signal: how many open items carry it and
 * the detail most of them share ("3 items: impersonates Alan Read"). The engine's suggestion-level wording needs
 * the shared keys, which the stored item reasons do not keep, so this wording is its own and does not pretend
 * otherwise. Signals keep the engine's order of importance (`previous`, the suggestion's reasons before), then count.
 */
export function recomputeSuggestion(
  open: readonly { score: number; reasons: readonly Reason[] }[],
  previous: readonly Reason[],
): RecomputedSuggestion {
  if (open.length === 0) return { score: 0, reasons: [], itemCount: 0 };
  const bySignal = new Map<string, { signal: Reason["signal"]; count: number; details: Map<string, number> }>();
  for (const member of open) {
    const seen = new Set<string>();
    for (const r of member.reasons) {
      if (seen.has(r.signal)) continue;
      seen.add(r.signal);
      let entry = bySignal.get(r.signal);
      if (!entry) bySignal.set(r.signal, (entry = { signal: r.signal, count: 0, details: new Map() }));
      entry.count++;
      entry.details.set(r.detail, (entry.details.get(r.detail) ?? 0) + 1);
    }
  }
  const rank = new Map(previous.map((r, i) => [r.signal as string, i]));
  const reasons = [...bySignal.values()]
    .sort((x, y) => (rank.get(x.signal) ?? Infinity) - (rank.get(y.signal) ?? Infinity) || y.count - x.count || (x.signal < y.signal ? -1 : 1))
    .map(({ signal, count, details }): Reason => {
      const ranked = [...details.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
      const others = ranked.length - 1;
      const variants = others > 0 ? ` (and ${plural(others, "other detail")})` : "";
      return { signal, count, detail: `${plural(count, "item")}: ${ranked[0][0]}${variants}` };
    });
  return { score: round(open.reduce((sum, m) => sum + m.score, 0) / open.length), reasons, itemCount: open.length };
}
