/**
 * Weighted logistic regression on sparse binary features (plus dense real ones), by Adam on the full batch with a
 * small L2 penalty. The fit aggregates identical feature patterns first, so the rows here are few (hundreds).
 */
export interface Row { features: number[]; values?: number[]; positive: number; negative: number }

export function fitLogistic(rows: readonly Row[], dims: number, options: { epochs?: number; l2?: number; rate?: number } = {}): { bias: number; w: Float64Array } {
  const epochs = options.epochs ?? 3000;
  const l2 = options.l2 ?? 1e-3;
  const rate = options.rate ?? 0.05;
  const w = new Float64Array(dims + 1); // last = bias
  const m = new Float64Array(dims + 1);
  const v = new Float64Array(dims + 1);
  const total = rows.reduce((s, r) => s + r.positive + r.negative, 0) || 1;
  for (let t = 1; t <= epochs; t++) {
    const grad = new Float64Array(dims + 1);
    for (const r of rows) {
      let z = w[dims];
      r.features.forEach((f, k) => (z += w[f] * (r.values?.[k] ?? 1)));
      const p = 1 / (1 + Math.exp(-z));
      // d(loss)/dz summed over the pattern's positives (label 1) and negatives (label 0).
      const g = ((r.positive + r.negative) * p - r.positive) / total;
      r.features.forEach((f, k) => (grad[f] += g * (r.values?.[k] ?? 1)));
      grad[dims] += g;
    }
    for (let k = 0; k <= dims; k++) {
      const gk = grad[k] + (k < dims ? l2 * w[k] : 0);
      m[k] = 0.9 * m[k] + 0.1 * gk;
      v[k] = 0.999 * v[k] + 0.001 * gk * gk;
      w[k] -= (rate * (m[k] / (1 - 0.9 ** t))) / (Math.sqrt(v[k] / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  return { bias: w[dims], w: w.subarray(0, dims) };
}
