import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import { createRandom } from "../seed/prng";
import type { AccountModel } from "./model";
import { logistic } from "./model";
import type { ClusterItem } from "./types";
import { UnionFind } from "./union-find";

/**
 * Accounts that act together (issue 13, Deliver 6): troll accounts of one operation write different texts, but use
 * the same rare hashtags and post in the same hours. Each account with MIN_ITEMS items gets a profile (hashtags
 * weighted by how few accounts use them — an IDF over accounts —, the days and the hours it posted); two accounts
 * that share a hashtag or an hour are compared, and linked when the fitted account model (learned-weights.json
 * "account") says so. Linked accounts form groups (connected components); every item posted by a grouped account
 * gets the group as one more key (signal "coordinated_accounts"), weighted by its size like any other.
 */
export const MIN_ITEMS = 3;
/** A hashtag or an hour shared by more accounts than this is not compared on (everyone posts on election night). */
const MAX_SHARED = 60;
const HOUR = 3_600_000;
/** Two accounts are linked from the model's minLink probability (chosen by the fit: best F1 on the IRA themes). */

export interface AccountPair {
  x: number;
  y: number;
  /** [hashtag cosine (tf-idf), day overlap (Jaccard), hour overlap (Jaccard)] */
  features: [number, number, number];
  /** The rarest hashtags both use, for the reason. */
  shared: string[];
}

export interface AccountProfiles {
  accounts: string[];
  itemsOf: number[][];
  pairs: AccountPair[];
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let inter = 0;
  for (const v of a) if (b.has(v)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

export function accountPairs(items: readonly ClusterItem[]): AccountProfiles {
  const itemsByAccount = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const a of item.accounts) (itemsByAccount.get(a) ?? itemsByAccount.set(a, []).get(a)!).push(i);
  });
  const accounts = [...itemsByAccount.keys()].filter((a) => itemsByAccount.get(a)!.length >= MIN_ITEMS).sort();
  const itemsOf = accounts.map((a) => itemsByAccount.get(a)!);
  const tags = itemsOf.map((list) => {
    const tf = new Map<string, number>();
    for (const i of list) for (const h of items[i].hashtags) tf.set(h, (tf.get(h) ?? 0) + 1);
    return tf;
  });
  const times = itemsOf.map((list) => list.map((i) => items[i].firstSeenAt).filter((t): t is number => t !== null));
  const hours = times.map((ts) => new Set(ts.map((t) => Math.floor(t / HOUR))));
  const days = times.map((ts) => new Set(ts.map((t) => Math.floor(t / (24 * HOUR)))));
  const df = new Map<string, number[]>();
  tags.forEach((tf, k) => tf.forEach((_, h) => (df.get(h) ?? df.set(h, []).get(h)!).push(k)));
  const idf = (h: string) => Math.log(accounts.length / df.get(h)!.length);
  const vectors = tags.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    tf.forEach((count, h) => {
      const w = (1 + Math.log(count)) * idf(h);
      v.set(h, w);
      norm += w * w;
    });
    return { v, norm: Math.sqrt(norm) || 1 };
  });
  const candidates = new Set<number>();
  const addAll = (members: number[]) => {
    if (members.length > MAX_SHARED) return;
    for (let p = 0; p < members.length; p++) for (let q = p + 1; q < members.length; q++) candidates.add(members[p] * accounts.length + members[q]);
  };
  // Candidates share a hashtag; posting in the same hours only strengthens them. Hours alone linked busy accounts
  // of different operations in the synthetic corpus (an account posting 500 times overlaps everyone's hours).
  df.forEach(addAll);
  const pairs: AccountPair[] = [];
  for (const code of [...candidates].sort((p, q) => p - q)) {
    const x = Math.floor(code / accounts.length);
    const y = code % accounts.length;
    let dot = 0;
    const shared: [string, number][] = [];
    vectors[x].v.forEach((w, h) => {
      const other = vectors[y].v.get(h);
      if (other !== undefined) {
        dot += w * other;
        shared.push([h, idf(h)]);
      }
    });
    const cosine = dot / (vectors[x].norm * vectors[y].norm);
    shared.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
    pairs.push({ x, y, features: [cosine, jaccard(days[x], days[y]), jaccard(hours[x], hours[y])], shared: shared.slice(0, 3).map((s) => s[0]) });
  }
  return { accounts, itemsOf, pairs };
}

export const accountPairProbability = (m: AccountModel, f: readonly number[]) =>
  logistic(m.bias + m.hashtagCosine * f[0] + m.dayOverlap * f[1] + m.hourOverlap * f[2]);

export interface CoordinatedGroups {
  /** Group keys of an item ("coord:<n>"), [] when none of its accounts is in a group. */
  keysOf(item: ClusterItem): readonly string[];
  /** Display name of a group key: its accounts and what they share. */
  labels: Map<string, string>;
  groups: number;
}

export function coordinatedGroups(items: readonly ClusterItem[], model: AccountModel): CoordinatedGroups {
  const { accounts, pairs } = accountPairs(items);
  const sharedOf = new Map<number, Map<string, number>>();
  const linked = pairs.filter((p) => accountPairProbability(model, p.features) >= model.minLink);
  // Louvain on the linked accounts, not connected components: one pair of accounts that happen to share a hashtag
  // must not chain two operations into one.
  const g = new UndirectedGraph();
  for (const p of linked) {
    if (!g.hasNode(String(p.x))) g.addNode(String(p.x));
    if (!g.hasNode(String(p.y))) g.addNode(String(p.y));
    g.addEdge(String(p.x), String(p.y), { weight: accountPairProbability(model, p.features) });
  }
  const random = createRandom(7);
  const community: Record<string, number> = g.order ? louvain(g, { getEdgeWeight: "weight", rng: () => random.next() }) : {};
  const sets = new UnionFind(accounts.length);
  for (const p of linked) if (community[String(p.x)] === community[String(p.y)]) sets.union(p.x, p.y);
  const size = new Map<number, number>();
  for (let k = 0; k < accounts.length; k++) size.set(sets.find(k), (size.get(sets.find(k)) ?? 0) + 1);
  for (const p of linked) {
    const root = sets.find(p.x);
    const tally = sharedOf.get(root) ?? sharedOf.set(root, new Map()).get(root)!;
    for (const h of p.shared) tally.set(h, (tally.get(h) ?? 0) + 1);
  }
  const keyOfAccount = new Map<string, string>();
  const labels = new Map<string, string>();
  const keyOfRoot = new Map<number, string>();
  accounts.forEach((account, k) => {
    const root = sets.find(k);
    if ((size.get(root) ?? 0) < 2) return;
    let key = keyOfRoot.get(root);
    if (!key) {
      key = `coord:${keyOfRoot.size}`;
      keyOfRoot.set(root, key);
      const top = [...(sharedOf.get(root) ?? new Map<string, number>()).entries()].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1)).slice(0, 3);
      const what = top.length ? `that share ${top.map(([h]) => `#${h}`).join(", ")} and post in the same hours` : "that post in the same hours";
      labels.set(key, `${size.get(root)} accounts ${what}`);
    }
    keyOfAccount.set(account, key);
  });
  const none: string[] = [];
  return {
    keysOf: (item) => {
      if (item.accounts.length === 0) return none;
      const keys = item.accounts.map((a) => keyOfAccount.get(a)).filter((k): k is string => k !== undefined);
      return keys.length ? [...new Set(keys)] : none;
    },
    labels,
    groups: keyOfRoot.size,
  };
}
