import type { ClusterItem, Reason, SignalName } from "./types";
import { SIGNAL_BIT, SIGNALS, TIME_WINDOW_DAYS } from "./weights";

/** The attribute behind each keyed signal, to name what is shared ("impersonates Alan Read"). */
export const KEYS_OF: Partial<Record<SignalName, (item: ClusterItem) => readonly string[]>> = {
  coordinated_accounts: (item) => (item as ClusterItem & { coordination?: readonly string[] }).coordination ?? [],
  mentioned_org: (item) => item.mentions,
  shared_hashtag: (item) => item.hashtags,
  same_file: (item) => (item.fileSha256 ? [item.fileSha256] : []),
  same_person: (item) => item.persons,
  same_outlet: (item) => item.outlets,
  same_account: (item) => item.accounts,
  same_domain: (item) => item.domains,
  shared_narrative: (item) => item.narratives,
  shared_marker: (item) => item.markers,
  same_target: (item) => item.targets,
  shared_technique: (item) => item.techniques,
};

const plural = (n: number, one: string, many = `${one}s`) => (n === 1 ? one : many);

/** One item's own reasons: what it shares with the reference items it is linked to. */
export interface ItemEvidence {
  /** Signals on its edges to the reference set, with the neighbours carrying each. */
  neighboursBySignal: Map<SignalName, number[]>;
}

export type Label = (id: string) => string;
/** How many items hold a value of a signal: the rarity a reason names ("the rare domain x.ltd (3 items)"). */
export type KeyCount = (signal: SignalName, key: string) => number;
let keyCount: KeyCount = () => 0;
let corpusSize = Number.POSITIVE_INFINITY;
/** Set by a run before reasons are written (the counts are the run's whole corpus, of `total` items). */
export function setKeyCounts(counts: KeyCount, total = Number.POSITIVE_INFINITY) {
  keyCount = counts;
  corpusSize = total;
}
const held = (signal: SignalName, key: string) => {
  const m = keyCount(signal, key);
  return m > 0 ? ` (${m} ${plural(m, "item")})` : "";
};
/**
 * "Rare" as a reader of the reason would check it: on at most 10 items AND at most a tenth of the corpus. The model
 * measures rarity against at least RARITY_FLOOR items (so a small instance still links), but a person on 6 of 11
 * items is not "rare" to the person reading.
 */
const rare = (signal: SignalName, key: string) => {
  const m = keyCount(signal, key);
  return m > 0 && m <= 10 && m * 10 <= corpusSize ? "the rare " : "";
};

/** Keys of `item` for `signal` that at least one of `others` shares. */
function sharedKeys(signal: SignalName, item: ClusterItem, others: readonly ClusterItem[]): string[] {
  const keysOf = KEYS_OF[signal];
  if (!keysOf) return [];
  const theirs = new Set(others.flatMap((o) => keysOf(o)));
  return keysOf(item).filter((k) => theirs.has(k));
}

const shortHash = (sha: string) => `${sha.slice(0, 12)}…`;

function itemDetail(signal: SignalName, keys: string[], neighbours: number, label: Label): string {
  const names = keys.map((k) => (signal === "same_file" ? shortHash(k) : `${label(k)}${held(signal, k)}`));
  const first = keys[0] ? rare(signal, keys[0]) : "";
  const list = names.slice(0, 2).join(", ") + (names.length > 2 ? ` and ${names.length - 2} more` : "");
  switch (signal) {
    case "same_file": return `same file (SHA-256 ${list}) as ${neighbours} ${plural(neighbours, "item")}`;
    case "near_identical_text": return `near-identical text to ${neighbours} ${plural(neighbours, "item")}`;
    case "same_person": return `impersonates ${list}`;
    case "same_outlet": return `fakes the branding of ${list}`;
    case "same_account": return `posted by the same account ${list}`;
    case "same_domain": return `shares ${first}domain ${list}`;
    case "mentioned_org": return `names ${first}outlet ${list}`;
    case "shared_hashtag": return `uses ${first}hashtag ${keys.map((k) => `#${k}${held(signal, k)}`).slice(0, 2).join(", ")}`;
    case "coordinated_accounts": return `posted by one of ${list}`;
    case "shared_narrative": return `pushes “${list}”`;
    case "shared_marker": return `carries the marker “${list}”`;
    case "same_target": return `targets ${list}`;
    case "shared_technique": return `uses ${list}`;
    case "close_in_time": return `first seen within ${TIME_WINDOW_DAYS} days of ${neighbours} related ${plural(neighbours, "item")}`;
  }
}

/** Reasons of one item, strongest signal first. */
export function itemReasons(item: ClusterItem, evidence: ItemEvidence, items: readonly ClusterItem[], label: Label): Reason[] {
  const reasons: Reason[] = [];
  for (const [signal, neighbours] of evidence.neighboursBySignal) {
    const keys = sharedKeys(signal, item, neighbours.map((i) => items[i]));
    reasons.push({ signal, count: neighbours.length, detail: itemDetail(signal, keys, neighbours.length, label) });
  }
  return reasons.sort((x, y) => SIGNALS[y.signal].weight - SIGNALS[x.signal].weight || y.count - x.count);
}

/**
 * A suggestion's reasons, one per signal: how many of its items carry it and the most common shared value
 * ("9 impersonate Alan Read; 6 near-identical texts; 4 posted by the same 2 accounts; first seen within 3 days").
 */
export function suggestionReasons(
  members: readonly { index: number; evidence: ItemEvidence }[],
  items: readonly ClusterItem[],
  label: Label,
): Reason[] {
  const bySignal = new Map<SignalName, { count: number; keys: Map<string, number> }>();
  for (const { index, evidence } of members) {
    for (const [signal, neighbours] of evidence.neighboursBySignal) {
      let entry = bySignal.get(signal);
      if (!entry) bySignal.set(signal, (entry = { count: 0, keys: new Map() }));
      entry.count++;
      for (const key of sharedKeys(signal, items[index], neighbours.map((i) => items[i]))) entry.keys.set(key, (entry.keys.get(key) ?? 0) + 1);
    }
  }
  const reasons: Reason[] = [];
  for (const [signal, { count, keys }] of bySignal) {
    const ranked = [...keys.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const top = ranked[0] ? (signal === "same_file" ? shortHash(ranked[0][0]) : `${rare(signal, ranked[0][0])}${signal === "shared_hashtag" ? "#" : ""}${label(ranked[0][0])}${held(signal, ranked[0][0])}`) : "";
    const others = ranked.length - 1;
    const more = (what: string) => (others > 0 ? ` (and ${others} other ${plural(others, what)})` : "");
    const detail = (() => {
      switch (signal) {
        case "same_file": return `${count} ${plural(count, "is a copy", "are copies")} of ${ranked.length === 1 ? "the same file" : `${ranked.length} known files`}`;
        case "near_identical_text": return `${count} near-identical ${plural(count, "text")}`;
        case "same_person": return `${count} impersonate${count === 1 ? "s" : ""} ${top}${more("person")}`;
        case "same_outlet": return `${count} fake${count === 1 ? "s" : ""} the branding of ${top}${more("outlet")}`;
        case "same_account": return `${count} posted by the same ${ranked.length} ${plural(ranked.length, "account")}`;
        case "same_domain": return `${count} share the domain ${top}${more("domain")}`;
        case "mentioned_org": return `${count} name the outlet ${top}${more("outlet")}`;
        case "shared_hashtag": return `${count} use the hashtag ${top}${more("hashtag")}`;
        case "coordinated_accounts": return `${count} posted by ${top}`;
        case "shared_narrative": return `${count} push${count === 1 ? "es" : ""} “${top}”${more("narrative")}`;
        case "shared_marker": return `${count} carry the marker “${top}”${more("marker")}`;
        case "same_target": return `${count} target ${top}${more("person")}`;
        case "shared_technique": return `${count} use ${top}${more("technique")}`;
        case "close_in_time": return `${count} first seen within ${TIME_WINDOW_DAYS} days of a related item`;
      }
    })();
    reasons.push({ signal, count, detail });
  }
  return reasons.sort((x, y) => y.count * SIGNALS[y.signal].weight - x.count * SIGNALS[x.signal].weight);
}

/** Signals of a mask, for evidence bookkeeping. */
export function signalsOf(mask: number): SignalName[] {
  return (Object.keys(SIGNAL_BIT) as SignalName[]).filter((s) => mask & SIGNAL_BIT[s]);
}
