/**
 * A Barnes–Hut quadtree on typed arrays, rebuilt each tick: the many-body force of d3-force (same formula: strength
 * × alpha / distance², distanceMin 1, θ = 0.9) without an object per cell. d3's forceManyBody is 92–99 % of a tick at
 * 10k nodes, most of it allocating and walking quadtree node objects; here cells are indices into flat arrays.
 */
const MAX_DEPTH = 32;
const THETA2 = 0.81;
const DISTANCE_MIN2 = 1;

export class BarnesHut {
  private capacity = 0;
  private children = new Int32Array(0); // 4 per cell, -1 = empty
  private firstPoint = new Int32Array(0); // leaf: first point of its chain; internal: -1
  private count = new Float64Array(0); // points under the cell
  private cx = new Float64Array(0);
  private cy = new Float64Array(0);
  private x0 = new Float64Array(0);
  private y0 = new Float64Array(0);
  private size = new Float64Array(0);
  private nextPoint = new Int32Array(0); // chain of coincident (or too deep) points in one leaf
  private stack = new Int32Array(0);
  private order = new Int32Array(0);
  private packed = new Float64Array(0);
  private cells = 0;

  constructor(private readonly random: () => number) {}

  private ensure(cells: number, points: number) {
    if (this.nextPoint.length < points) this.nextPoint = new Int32Array(points);
    if (this.stack.length < 4 * MAX_DEPTH + 8) this.stack = new Int32Array(4 * MAX_DEPTH + 8);
    if (cells <= this.capacity) return;
    const c = Math.max(cells, this.capacity * 2);
    const grow = <T extends Int32Array | Float64Array>(old: T, per: number): T => {
      const next = new (old.constructor as { new (n: number): T })(c * per);
      next.set(old);
      return next;
    };
    this.children = grow(this.children, 4);
    this.firstPoint = grow(this.firstPoint, 1);
    this.count = grow(this.count, 1);
    this.cx = grow(this.cx, 1);
    this.cy = grow(this.cy, 1);
    this.x0 = grow(this.x0, 1);
    this.y0 = grow(this.y0, 1);
    this.size = grow(this.size, 1);
    this.capacity = c;
  }

  private newCell(x0: number, y0: number, size: number, point: number): number {
    if (this.cells === this.capacity) this.ensure(this.cells + 1, 0);
    const c = this.cells++;
    this.children.fill(-1, 4 * c, 4 * c + 4);
    this.firstPoint[c] = point;
    this.x0[c] = x0;
    this.y0[c] = y0;
    this.size[c] = size;
    if (point >= 0) this.nextPoint[point] = -1;
    return c;
  }

  private build(x: Float64Array, y: Float64Array, n: number) {
    this.ensure(2 * n + 1, n);
    this.cells = 0;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      if (x[i] < minX) minX = x[i];
      if (x[i] > maxX) maxX = x[i];
      if (y[i] < minY) minY = y[i];
      if (y[i] > maxY) maxY = y[i];
    }
    const size = Math.max(maxX - minX, maxY - minY, 1) * 1.0001;
    this.newCell(minX, minY, size, -1);
    this.firstPoint[0] = -1;
    let rootEmpty = true;
    for (let i = 0; i < n; i++) {
      if (rootEmpty) {
        // The root starts as a leaf holding the first point.
        this.firstPoint[0] = i;
        this.nextPoint[i] = -1;
        rootEmpty = false;
        continue;
      }
      this.insert(i, x, y);
    }
    this.accumulate(x, y);
  }

  private isInternal(c: number) {
    return this.firstPoint[c] < 0;
  }

  private insert(i: number, x: Float64Array, y: Float64Array) {
    let c = 0;
    for (let depth = 0; ; depth++) {
      const half = this.size[c] / 2;
      if (!this.isInternal(c)) {
        const q = this.firstPoint[c];
        if ((x[q] === x[i] && y[q] === y[i]) || depth >= MAX_DEPTH) {
          this.nextPoint[i] = this.nextPoint[q];
          this.nextPoint[q] = i;
          return;
        }
        // Split the leaf: its chain moves one level down, then i continues from here.
        this.firstPoint[c] = -1;
        let p = q;
        while (p >= 0) {
          const next = this.nextPoint[p];
          this.place(c, p, x, y, half);
          p = next;
        }
      }
      const quadrant = (x[i] >= this.x0[c] + half ? 1 : 0) | (y[i] >= this.y0[c] + half ? 2 : 0);
      const child = this.children[4 * c + quadrant];
      if (child < 0) {
        const cell = this.newCell(this.x0[c] + (quadrant & 1 ? half : 0), this.y0[c] + (quadrant & 2 ? half : 0), half, i);
        this.children[4 * c + quadrant] = cell;
        return;
      }
      c = child;
    }
  }

  /** Puts point p (from a split leaf) into the right child of internal cell c, chaining onto an existing leaf. */
  private place(c: number, p: number, x: Float64Array, y: Float64Array, half: number) {
    const quadrant = (x[p] >= this.x0[c] + half ? 1 : 0) | (y[p] >= this.y0[c] + half ? 2 : 0);
    const child = this.children[4 * c + quadrant];
    if (child < 0) {
      this.children[4 * c + quadrant] = this.newCell(this.x0[c] + (quadrant & 1 ? half : 0), this.y0[c] + (quadrant & 2 ? half : 0), half, p);
    } else {
      // Only points of one former leaf arrive here, and they were coincident: chain.
      const q = this.firstPoint[child];
      this.nextPoint[p] = this.nextPoint[q];
      this.nextPoint[q] = p;
    }
  }

  /** Children always have higher indices than parents, so one reverse pass sums every cell. */
  private accumulate(x: Float64Array, y: Float64Array) {
    for (let c = this.cells - 1; c >= 0; c--) {
      let count = 0, sx = 0, sy = 0;
      if (this.isInternal(c)) {
        for (let k = 0; k < 4; k++) {
          const child = this.children[4 * c + k];
          if (child < 0) continue;
          const m = this.count[child];
          count += m;
          sx += m * this.cx[child];
          sy += m * this.cy[child];
        }
      } else {
        for (let p = this.firstPoint[c]; p >= 0; p = this.nextPoint[p]) {
          count++;
          sx += x[p];
          sy += y[p];
        }
      }
      this.count[c] = count;
      this.cx[c] = count ? sx / count : 0;
      this.cy[c] = count ? sy / count : 0;
    }
  }

  private jiggle() {
    return (this.random() - 0.5) * 1e-6;
  }

  /** Points in tree order (depth-first), so consecutive queries walk the same cells while they are in cache. */
  private treeOrder(n: number): Int32Array {
    if (this.order.length < n) this.order = new Int32Array(n);
    const order = this.order;
    const stack = this.stack;
    let top = 0, k = 0;
    stack[top++] = 0;
    while (top > 0) {
      const c = stack[--top];
      if (this.firstPoint[c] >= 0) {
        for (let p = this.firstPoint[c]; p >= 0; p = this.nextPoint[p]) order[k++] = p;
        continue;
      }
      for (let q = 3; q >= 0; q--) {
        const child = this.children[4 * c + q];
        if (child >= 0) stack[top++] = child;
      }
    }
    return order;
  }

  /** Adds the many-body force (strength < 0 repels) to vx/vy, as d3.forceManyBody does. */
  apply(x: Float64Array, y: Float64Array, vx: Float64Array, vy: Float64Array, n: number, strength: number, alpha: number) {
    if (n < 2) return;
    this.build(x, y, n);
    // One interleaved record per cell (centre x, centre y, count, far-enough distance²) for memory locality.
    const cells = this.cells;
    if (this.packed.length < 4 * cells) this.packed = new Float64Array(4 * this.capacity);
    const packed = this.packed;
    for (let c = 0; c < cells; c++) {
      packed[4 * c] = this.cx[c];
      packed[4 * c + 1] = this.cy[c];
      packed[4 * c + 2] = this.count[c];
      packed[4 * c + 3] = (this.size[c] * this.size[c]) / THETA2;
    }
    const { children, firstPoint, nextPoint, stack } = this;
    const order = this.treeOrder(n);
    const k = strength * alpha;
    for (let o = 0; o < n; o++) {
      const i = order[o];
      const xi = x[i], yi = y[i];
      let fx = 0, fy = 0;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const c = stack[--top];
        const base = 4 * c;
        const count = packed[base + 2];
        let dx = packed[base] - xi;
        let dy = packed[base + 1] - yi;
        let l = dx * dx + dy * dy;
        if (packed[base + 3] < l) {
          if (l < DISTANCE_MIN2) l = Math.sqrt(DISTANCE_MIN2 * l);
          const f = (k * count) / l;
          fx += dx * f;
          fy += dy * f;
          continue;
        }
        const first = firstPoint[c];
        if (first < 0) {
          for (let q = 4 * c, end = q + 4; q < end; q++) {
            const child = children[q];
            if (child >= 0) stack[top++] = child;
          }
          continue;
        }
        for (let p = first; p >= 0; p = nextPoint[p]) {
          if (p === i) continue;
          dx = x[p] - xi;
          dy = y[p] - yi;
          if (dx === 0) dx = this.jiggle();
          if (dy === 0) dy = this.jiggle();
          l = dx * dx + dy * dy;
          if (l < DISTANCE_MIN2) l = Math.sqrt(DISTANCE_MIN2 * l);
          const f = k / l;
          fx += dx * f;
          fy += dy * f;
        }
      }
      vx[i] += fx;
      vy[i] += fy;
    }
  }
}
