import learned from "./learned-weights.json";
import type { SignalName } from "./types";

/**
 * The fitted edge model (learned-weights.json, written by `npm run cluster:fit`, see lib/clustering/fit/). Two items
 * sharing values are linked with probability σ(logit), where the logit adds, per signal, a log-likelihood-ratio-like
 * weight that depends on how RARE the rarest shared value is (its size class: how many items hold it), a bonus when
 * two or more values of that signal are shared, and a term for how far apart in time the two were first seen.
 * A domain held by 3 items and one held by 1,000 are different evidence; the fit says how different.
 */
export const SIZE_CLASSES = 8;
/**
 * Rarity class of a value held by m of the corpus's total items, from its IDF ln(total / m): class 1 for IDF ≥ 7
 * (1 item in 1,100 or rarer), one class per unit of IDF, class 7 for IDF < 2 (more than 13.5 % of all items: a
 * platform, a mass outlet, a keyword on everything). Relative, so that one campaign's persona on 2 % of a corpus
 * weighs the same in 10k items as in 100k.
 */
export const RARITY_FLOOR = 5_000;
export const sizeClass = (m: number, total: number) => {
  // Measured against at least RARITY_FLOOR items: in a new instance of 10 items, a value on 3 is still rare.
  const idf = Math.log(Math.max(total, RARITY_FLOOR) / Math.max(m, 1));
  return Math.max(1, Math.min(SIZE_CLASSES - 1, 8 - Math.floor(idf)));
};

export const TIME_CLASSES = ["same_day", "within_3_days", "within_30_days", "further", "unknown"] as const;
const DAY = 86_400_000;
export function timeClass(deltaMs: number): number {
  if (Number.isNaN(deltaMs)) return 4;
  const d = Math.abs(deltaMs);
  return d <= DAY ? 0 : d <= 3 * DAY ? 1 : d <= 30 * DAY ? 2 : 3;
}

/** Signals whose values are rarity-weighted keys (every one but the time term). */
export const KEY_SIGNALS = [
  "same_file", "near_identical_text", "same_person", "same_outlet", "same_account", "same_domain", "shared_narrative",
  "shared_marker", "same_target", "shared_technique", "mentioned_org", "shared_hashtag", "coordinated_accounts",
] as const satisfies readonly SignalName[];

export interface AccountModel {
  bias: number;
  hashtagCosine: number;
  dayOverlap: number;
  hourOverlap: number;
  /** Two accounts are linked from this probability. */
  minLink: number;
}

export interface EdgeModel {
  version: string;
  /** Where the labelled pairs came from and how many: the fit's provenance, kept with the numbers. */
  provenance: unknown;
  bias: number;
  /** Per key signal, the weight of each size class (index 0 unused). */
  key: Record<(typeof KEY_SIGNALS)[number], number[]>;
  /** Per key signal, added when two or more of its values are shared. */
  multi: Record<(typeof KEY_SIGNALS)[number], number>;
  /** Per time class (TIME_CLASSES). */
  time: number[];
  /** Coordinated accounts: σ(bias + Σ w·feature) over two accounts' profiles (coordination.ts). */
  account: AccountModel;
  /** An item edge is kept from this probability; a group's strong edges from strongEdge. */
  minEdge: number;
  strongEdge: number;
  /** Louvain resolution on the content-cluster graph, chosen by the fit on the training data. */
  resolution: number;
}

/**
 * A rarity class the fit never saw borrows from the nearest commoner class it did see. The fit only fills the classes
 * its corpora hold (no 10k-item corpus has a person on 3 items of 5,000), and a class with no labelled pair keeps the
 * weight 0 it started from; a small instance, measured against RARITY_FLOOR, puts nearly every value in those rare
 * classes, so the same file, the same person or near-identical text linked nothing there. A rarer value is at least
 * as specific, so the nearest commoner evidence is the conservative guess; classes the fit did fill keep their weight
 * (raising them to the commoner maximum cost the IRA campaign groups half their precision: rare hashtags).
 */
/**
 * Identity evidence (the same file, near-identical text) is monotone in rarity even where the fit filled a class: a
 * copy shared by 2 items is never weaker than one shared by 50. The fit put near-identical text on ≤ 4 of 5,000 items
 * at 3.3 (EUvsDisinfo titles repeated by different cases), below the edge bar, so two copies in a small instance never
 * linked. Measured (bench/cluster-quality-real.ts, synthetic bench): content clusters and IRA unchanged or better,
 * synthetic unchanged; EUvsDisinfo campaign groups (no bar: cases are content) P 0.71 → 0.56, as repeated titles join.
 * Not same_account: raising it cost IRA precision (0.82 → 0.76) and synthetic F1 (0.97 → 0.76), whose accounts
 * re-share several operations' items.
 */
const IDENTITY_SIGNALS = new Set<string>(["same_file", "near_identical_text"]);
export function withUnseenClasses<M extends EdgeModel>(model: M): M {
  const key = structuredClone(model.key);
  for (const s of KEY_SIGNALS) {
    const w = key[s];
    let commoner: number | null = null;
    const identity = IDENTITY_SIGNALS.has(s);
    for (let c = SIZE_CLASSES - 1; c >= 1; c--) {
      if (w[c] !== 0) commoner = identity && commoner !== null ? Math.max(commoner, w[c]) : w[c];
      if (commoner !== null && (w[c] === 0 || identity)) w[c] = commoner;
    }
  }
  return { ...model, key };
}

export const MODEL = withUnseenClasses(learned as EdgeModel);
export const WEIGHTS_VERSION = MODEL.version;

export const logistic = (x: number) => 1 / (1 + Math.exp(-x));
export const logit = (p: number) => Math.log(p / (1 - p));

/** Flat tables for the hot loops: keyWeight[bit * SIZE_CLASSES + class], multiWeight[bit]. */
export function flatTables(model: EdgeModel, bitOf: (s: SignalName) => number) {
  const keyWeight = new Float64Array(16 * SIZE_CLASSES);
  const multiWeight = new Float64Array(16);
  for (const s of KEY_SIGNALS) {
    const b = bitOf(s);
    for (let c = 1; c < SIZE_CLASSES; c++) keyWeight[b * SIZE_CLASSES + c] = model.key[s]?.[c] ?? 0;
    multiWeight[b] = model.multi[s] ?? 0;
  }
  return { keyWeight, multiWeight, time: Float64Array.from(model.time) };
}
