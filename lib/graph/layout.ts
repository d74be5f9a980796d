import { BarnesHut } from "./barnes-hut";
import { seededRandom } from "./random";

/**
 * The force layout: d3-force's link, many-body and centering forces (same formulas and defaults: link distance 30,
 * strength 1/min(degree), charge −30, velocity decay 0.4) plus a weak pull to the centre so separate components stay
 * in view — on typed arrays, with a Barnes–Hut tree of flat arrays, a warm start that puts every node next to an
 * already placed neighbour, and a shorter cooling schedule (the warm start leaves less to fix). Pure and seeded:
 * the same graph and seed give the same positions, in a Web Worker, on the server or in a test.
 */
export interface LayoutGraph {
  nodeCount: number;
  /** Edge endpoints as node indices. */
  sources: Int32Array;
  targets: Int32Array;
}

export interface LayoutOptions {
  seed?: number;
  /** Ticks from alpha 1 to alphaMin (d3's default schedule is 300). */
  ticks?: number;
  /** Known positions (x,y per node; NaN for unknown): used as they are, and the layout starts cooler. */
  initial?: Float32Array | null;
}

const LINK_DISTANCE = 30;
const CHARGE = -30;
const GRAVITY = 0.02;
const VELOCITY_DECAY = 0.4;
const ALPHA_MIN = 0.001;
export const DEFAULT_TICKS = 120;

export class ForceLayout {
  readonly n: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
  private readonly vx: Float64Array;
  private readonly vy: Float64Array;
  /** Pinned position, NaN when free. */
  private readonly fx: Float64Array;
  private readonly fy: Float64Array;
  private readonly linkStrength: Float64Array;
  private readonly linkBias: Float64Array;
  private readonly tree: BarnesHut;
  alpha = 1;
  alphaTarget = 0;
  readonly alphaDecay: number;
  ticksRun = 0;

  constructor(private readonly graph: LayoutGraph, options: LayoutOptions = {}) {
    const n = (this.n = graph.nodeCount);
    const random = seededRandom(options.seed ?? 1);
    this.tree = new BarnesHut(random);
    this.x = new Float64Array(n);
    this.y = new Float64Array(n);
    this.vx = new Float64Array(n);
    this.vy = new Float64Array(n);
    this.fx = new Float64Array(n).fill(NaN);
    this.fy = new Float64Array(n).fill(NaN);
    const degree = new Int32Array(n);
    for (let e = 0; e < graph.sources.length; e++) {
      degree[graph.sources[e]]++;
      degree[graph.targets[e]]++;
    }
    this.linkStrength = new Float64Array(graph.sources.length);
    this.linkBias = new Float64Array(graph.sources.length);
    for (let e = 0; e < graph.sources.length; e++) {
      const s = degree[graph.sources[e]], t = degree[graph.targets[e]];
      this.linkStrength[e] = 1 / Math.min(s, t);
      this.linkBias[e] = s / (s + t);
    }
    const known = warmStart(graph, degree, random, this.x, this.y, options.initial ?? null);
    this.alphaDecay = 1 - Math.pow(ALPHA_MIN, 1 / (options.ticks ?? DEFAULT_TICKS));
    // Mostly known positions only need settling around the newcomers.
    if (n > 0 && known / n > 0.9) this.alpha = 0.1;
  }

  get settled(): boolean {
    return this.alpha < ALPHA_MIN && this.alphaTarget < ALPHA_MIN;
  }

  pin(i: number, x: number, y: number) {
    this.fx[i] = x;
    this.fy[i] = y;
    this.x[i] = x;
    this.y[i] = y;
  }

  unpin(i: number) {
    this.fx[i] = NaN;
    this.fy[i] = NaN;
  }

  reheat(alpha = 0.3) {
    this.alpha = Math.max(this.alpha, alpha);
  }

  tick(count = 1) {
    const { n, x, y, vx, vy, fx, fy } = this;
    const { sources, targets } = this.graph;
    for (let t = 0; t < count; t++) {
      this.alpha += (this.alphaTarget - this.alpha) * this.alphaDecay;
      const alpha = this.alpha;
      for (let e = 0; e < sources.length; e++) {
        const s = sources[e], d = targets[e];
        let dx = x[d] + vx[d] - x[s] - vx[s];
        let dy = y[d] + vy[d] - y[s] - vy[s];
        if (dx === 0 && dy === 0) dx = 1e-6;
        const l = Math.sqrt(dx * dx + dy * dy);
        const k = ((l - LINK_DISTANCE) / l) * alpha * this.linkStrength[e];
        dx *= k;
        dy *= k;
        const b = this.linkBias[e];
        vx[d] -= dx * b;
        vy[d] -= dy * b;
        vx[s] += dx * (1 - b);
        vy[s] += dy * (1 - b);
      }
      this.tree.apply(x, y, vx, vy, n, CHARGE, alpha);
      const g = GRAVITY * alpha;
      for (let i = 0; i < n; i++) {
        vx[i] -= x[i] * g;
        vy[i] -= y[i] * g;
        if (fx[i] === fx[i]) {
          x[i] = fx[i];
          y[i] = fy[i];
          vx[i] = 0;
          vy[i] = 0;
        } else {
          vx[i] *= 1 - VELOCITY_DECAY;
          vy[i] *= 1 - VELOCITY_DECAY;
          x[i] += vx[i];
          y[i] += vy[i];
        }
      }
      this.ticksRun++;
    }
  }

  /** Runs until cool (alpha < alphaMin); a pinned-only drag (alphaTarget > 0) never ends on its own. */
  run(maxTicks = 10_000) {
    while (!this.settled && this.ticksRun < maxTicks) this.tick();
  }

  positions(out = new Float32Array(2 * this.n)): Float32Array {
    for (let i = 0; i < this.n; i++) {
      out[2 * i] = this.x[i];
      out[2 * i + 1] = this.y[i];
    }
    return out;
  }
}

/**
 * Known positions are kept; every other node is placed, breadth-first from the best-connected nodes, at link
 * distance from a placed neighbour (random angle), and each new component's root further out on a spiral. Returns
 * how many positions were known.
 */
function warmStart(graph: LayoutGraph, degree: Int32Array, random: () => number, x: Float64Array, y: Float64Array, initial: Float32Array | null): number {
  const n = graph.nodeCount;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + degree[i];
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(offsets[n]);
  for (let e = 0; e < graph.sources.length; e++) {
    neighbours[fill[graph.sources[e]]++] = graph.targets[e];
    neighbours[fill[graph.targets[e]]++] = graph.sources[e];
  }
  const placed = new Uint8Array(n);
  let known = 0;
  if (initial) {
    for (let i = 0; i < n && 2 * i + 1 < initial.length; i++) {
      if (Number.isFinite(initial[2 * i]) && Number.isFinite(initial[2 * i + 1])) {
        x[i] = initial[2 * i];
        y[i] = initial[2 * i + 1];
        placed[i] = 1;
        known++;
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => degree[b] - degree[a] || a - b);
  const queue = new Int32Array(n);
  // Start from known nodes: their neighbours are placed around them.
  let head = 0, tail = 0;
  for (let i = 0; i < n; i++) if (placed[i]) queue[tail++] = i;
  let roots = 0;
  const expand = () => {
    while (head < tail) {
      const u = queue[head++];
      for (let k = offsets[u]; k < offsets[u + 1]; k++) {
        const v = neighbours[k];
        if (placed[v]) continue;
        const angle = random() * 2 * Math.PI;
        const r = LINK_DISTANCE * (0.5 + random());
        x[v] = x[u] + r * Math.cos(angle);
        y[v] = y[u] + r * Math.sin(angle);
        placed[v] = 1;
        queue[tail++] = v;
      }
    }
  };
  expand();
  for (const root of order) {
    if (placed[root]) continue;
    // d3's phyllotaxis spiral, spaced for components rather than single nodes.
    const radius = 40 * Math.sqrt(0.5 + roots);
    const angle = roots * Math.PI * (3 - Math.sqrt(5));
    roots++;
    x[root] = radius * Math.cos(angle);
    y[root] = radius * Math.sin(angle);
    placed[root] = 1;
    queue[tail++] = root;
    expand();
  }
  return known;
}

/** Lays a graph out to a settled state and returns x,y per node. */
export function runLayout(graph: LayoutGraph, options: LayoutOptions = {}): Float32Array {
  const layout = new ForceLayout(graph, options);
  layout.run();
  return layout.positions();
}
