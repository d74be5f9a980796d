import { seededRandom } from "./random";
import type { LayoutGraph } from "./layout";

/**
 * A graph shaped like Sightline's for layout benches and tests: a few hubs (campaigns, persons, domains) that most
 * nodes link to, with the rest of the links inside each hub's community and a few across. Seeded.
 */
export function syntheticLayoutGraph(nodeCount: number, linkCount: number, seed = 1): LayoutGraph {
  const random = seededRandom(seed);
  const hubs = Math.max(1, Math.round(nodeCount / 200));
  const community = (i: number) => i % hubs;
  const sources: number[] = [];
  const targets: number[] = [];
  const seen = new Set<number>();
  const add = (a: number, b: number) => {
    if (a === b) return;
    const key = a < b ? a * nodeCount + b : b * nodeCount + a;
    if (seen.has(key)) return;
    seen.add(key);
    sources.push(a);
    targets.push(b);
  };
  for (let i = hubs; i < nodeCount && sources.length < linkCount; i++) add(i, community(i));
  let guard = 0;
  while (sources.length < linkCount && guard++ < linkCount * 20) {
    const a = hubs + Math.floor(random() * (nodeCount - hubs));
    const across = random() < 0.1;
    // A member of the same community (or any node for the cross links).
    const steps = Math.floor(random() * ((nodeCount - hubs) / hubs));
    const b = across ? Math.floor(random() * nodeCount) : Math.min(nodeCount - 1, hubs + community(a) + hubs * steps);
    add(a, b);
  }
  return { nodeCount, sources: Int32Array.from(sources), targets: Int32Array.from(targets) };
}
