/**
 * Pairwise precision / recall / F1 and the adjusted Rand index of a predicted clustering against the truth, from
 * the contingency table (no pair enumeration). Labels are any integers; give every unclustered item its own label.
 */
export interface ClusteringScores {
  precision: number;
  recall: number;
  f1: number;
  ari: number;
  truePairs: number;
  predictedPairs: number;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

export function scoreClustering(truth: ArrayLike<number>, predicted: ArrayLike<number>): ClusteringScores {
  if (truth.length !== predicted.length) throw new RangeError("truth and predicted differ in length");
  const n = truth.length;
  const cells = new Map<string, number>();
  const rows = new Map<number, number>();
  const cols = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = `${truth[i]}:${predicted[i]}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(truth[i], (rows.get(truth[i]) ?? 0) + 1);
    cols.set(predicted[i], (cols.get(predicted[i]) ?? 0) + 1);
  }
  let together = 0;
  for (const count of cells.values()) together += pairs(count);
  let truePairs = 0;
  for (const count of rows.values()) truePairs += pairs(count);
  let predictedPairs = 0;
  for (const count of cols.values()) predictedPairs += pairs(count);
  const precision = predictedPairs ? together / predictedPairs : 1;
  const recall = truePairs ? together / truePairs : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const expected = (truePairs * predictedPairs) / pairs(n);
  const max = (truePairs + predictedPairs) / 2;
  const ari = max === expected ? 1 : (together - expected) / (max - expected);
  return { precision, recall, f1, ari, truePairs, predictedPairs };
}
