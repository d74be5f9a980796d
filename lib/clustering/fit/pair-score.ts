/**
 * The definitions of ../shared/data/real-train/score.py: over all unordered pairs of distinct keys, a true pair shares
 * a truth label, a predicted pair shares a cluster (keys may hold several of each; missing predictions are
 * singletons). ARI over the keys with exactly one truth label, only when each has at most one predicted cluster.
 */
export interface PairScores { keys: number; truePairs: number; predictedPairs: number; precision: number; recall: number; f1: number; ari: number | null; largestPredicted: number; largestTrue: number }

function pairSet(groups: Map<string, Set<string>>, id: Map<string, number>): Set<number> {
  const members = new Map<string, number[]>();
  for (const [key, labels] of groups) for (const l of labels) (members.get(l) ?? members.set(l, []).get(l)!).push(id.get(key)!);
  const n = id.size;
  const out = new Set<number>();
  for (const ms of members.values()) {
    ms.sort((a, b) => a - b);
    for (let x = 0; x < ms.length; x++) for (let y = x + 1; y < ms.length; y++) out.add(ms[x] * n + ms[y]);
  }
  return out;
}

const comb2 = (n: number) => (n * (n - 1)) / 2;
const largest = (groups: Map<string, Set<string>>) => {
  const size = new Map<string, number>();
  for (const labels of groups.values()) for (const l of labels) size.set(l, (size.get(l) ?? 0) + 1);
  return Math.max(0, ...size.values());
};

export function scorePairs(truth: Map<string, Set<string>>, predicted: Map<string, Set<string>>): PairScores {
  const id = new Map([...truth.keys()].map((k, i) => [k, i]));
  const pred = new Map([...truth.keys()].map((k) => [k, predicted.get(k)?.size ? predicted.get(k)! : new Set([`singleton:${k}`])]));
  const t = pairSet(truth, id);
  const p = pairSet(pred, id);
  let hit = 0;
  for (const pair of p) if (t.has(pair)) hit++;
  const precision = p.size ? hit / p.size : 1;
  const recall = t.size ? hit / t.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const single = [...truth.keys()].filter((k) => truth.get(k)!.size === 1);
  let ari: number | null = null;
  if (single.every((k) => pred.get(k)!.size === 1)) {
    const cont = new Map<string, number>();
    const a = new Map<string, number>();
    const b = new Map<string, number>();
    for (const k of single) {
      const tl = [...truth.get(k)!][0];
      const pl = [...pred.get(k)!][0];
      cont.set(`${tl}\u0000${pl}`, (cont.get(`${tl}\u0000${pl}`) ?? 0) + 1);
      a.set(tl, (a.get(tl) ?? 0) + 1);
      b.set(pl, (b.get(pl) ?? 0) + 1);
    }
    const index = [...cont.values()].reduce((s, v) => s + comb2(v), 0);
    const sa = [...a.values()].reduce((s, v) => s + comb2(v), 0);
    const sb = [...b.values()].reduce((s, v) => s + comb2(v), 0);
    const expected = (sa * sb) / comb2(single.length);
    const top = (sa + sb) / 2;
    ari = top === expected ? 1 : (index - expected) / (top - expected);
  }
  return { keys: truth.size, truePairs: t.size, predictedPairs: p.size, precision, recall, f1, ari, largestPredicted: largest(pred), largestTrue: largest(truth) };
}
