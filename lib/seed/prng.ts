/**
 * A small seeded PRNG (mulberry32) so that demo and synthetic data are identical on every machine and run;
 * Math.random cannot be seeded. 32 bits of state is plenty for data generation (not for cryptography).
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  int(minInclusive: number, maxInclusive: number): number;
  pick<T>(values: readonly T[]): T;
  chance(probability: number): boolean;
  /** Picks `count` distinct values (fewer if the list is shorter), order random. */
  sample<T>(values: readonly T[], count: number): T[];
  /** A positive, right-skewed value with the given median (reach, counts). */
  logNormal(median: number, sigma: number): number;
  /** An independent stream derived from this one's seed and a label, so adding draws elsewhere changes nothing. */
  fork(label: string | number): Random;
}

export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const random: Random = {
    next,
    int,
    pick: (values) => values[Math.floor(next() * values.length)],
    chance: (p) => next() < p,
    sample(values, count) {
      const copy = [...values];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, Math.min(count, copy.length));
    },
    logNormal(median, sigma) {
      // Box–Muller; 1 - next() keeps log away from 0.
      const z = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
      return median * Math.exp(sigma * z);
    },
    fork: (label) => createRandom(hashString(String(label), seed >>> 0)),
  };
  return random;
}
