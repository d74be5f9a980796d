import { campaignColourMap, nodeColour, nodeRadius, type ColourMode } from "@/lib/graph/palette";
import type { GraphData } from "@/lib/graph/types";

/** What a frame needs that does not change between frames: colours grouped, radii, edge index lists by style. */
export interface Scene {
  n: number;
  radius: Float32Array;
  colour: string[];
  /** Node indices per colour, so a frame fills one path per colour instead of one per node. */
  byColour: Map<string, number[]>;
  solid: Int32Array; // pairs of node indices
  dashed: Int32Array;
  /** Nodes whose label is drawn (campaigns, actors, the biggest few), by index. */
  labelled: number[];
  labels: string[];
}

export interface View {
  k: number;
  tx: number;
  ty: number;
}

export function buildScene(graph: Pick<GraphData, "nodes" | "edges">, mode: ColourMode): Scene {
  const campaigns = campaignColourMap(graph.nodes);
  const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
  const colour = graph.nodes.map((node) => nodeColour(node, mode, campaigns));
  const byColour = new Map<string, number[]>();
  colour.forEach((c, i) => {
    const list = byColour.get(c);
    if (list) list.push(i);
    else byColour.set(c, [i]);
  });
  const solid: number[] = [];
  const dashed: number[] = [];
  for (const edge of graph.edges) {
    const s = index.get(edge.source), t = index.get(edge.target);
    if (s === undefined || t === undefined) continue;
    (edge.status === "suggested" ? dashed : solid).push(s, t);
  }
  const bySize = graph.nodes.map((node, i) => ({ i, important: node.type === "campaign" || node.type === "threat_actor", s: node.sightings }));
  bySize.sort((a, b) => Number(b.important) - Number(a.important) || b.s - a.s || a.i - b.i);
  return {
    n: graph.nodes.length,
    radius: Float32Array.from(graph.nodes, (node) => nodeRadius(node)),
    colour,
    byColour,
    solid: Int32Array.from(solid),
    dashed: Int32Array.from(dashed),
    labelled: bySize.slice(0, 24).map((e) => e.i),
    labels: graph.nodes.map((node) => (node.label.length > 40 ? `${node.label.slice(0, 39)}…` : node.label)),
  };
}

export interface Highlight {
  selected: number;
  hovered: number;
  focused: number;
  /** Neighbours of the selected node (drawn on top, with their edges darker). */
  neighbours: Set<number>;
}

/** Draws one frame. Positions are in layout units; the view maps them to CSS pixels (the context is pre-scaled by dpr). */
export function drawGraph(ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, width: number, height: number, scene: Scene, positions: Float32Array, view: View, highlight: Highlight) {
  ctx.clearRect(0, 0, width, height);
  if (positions.length < 2 * scene.n) return;
  ctx.save();
  ctx.translate(view.tx, view.ty);
  ctx.scale(view.k, view.k);
  const px = 1 / view.k;

  const edges = (pairs: Int32Array) => {
    ctx.beginPath();
    for (let e = 0; e < pairs.length; e += 2) {
      const s = pairs[e], t = pairs[e + 1];
      ctx.moveTo(positions[2 * s], positions[2 * s + 1]);
      ctx.lineTo(positions[2 * t], positions[2 * t + 1]);
    }
    ctx.stroke();
  };
  ctx.lineWidth = px;
  ctx.strokeStyle = "rgba(90, 99, 114, 0.35)";
  edges(scene.solid);
  ctx.setLineDash([4 * px, 3 * px]);
  ctx.strokeStyle = "rgba(90, 99, 114, 0.55)";
  edges(scene.dashed);
  ctx.setLineDash([]);

  for (const [colour, members] of scene.byColour) {
    ctx.beginPath();
    for (const i of members) {
      const x = positions[2 * i], y = positions[2 * i + 1], r = scene.radius[i];
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
    }
    ctx.fillStyle = colour;
    ctx.fill();
  }
  ctx.lineWidth = 0.75 * px;
  ctx.strokeStyle = "#ffffff";
  ctx.beginPath();
  for (const i of scene.labelled) {
    const x = positions[2 * i], y = positions[2 * i + 1], r = scene.radius[i];
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, 2 * Math.PI);
  }
  ctx.stroke();

  const ring = (i: number, colour: string, width: number) => {
    if (i < 0 || i >= scene.n) return;
    ctx.beginPath();
    ctx.arc(positions[2 * i], positions[2 * i + 1], scene.radius[i] + 3 * px, 0, 2 * Math.PI);
    ctx.lineWidth = width * px;
    ctx.strokeStyle = colour;
    ctx.stroke();
  };
  if (highlight.selected >= 0) {
    ctx.beginPath();
    const s = highlight.selected;
    for (const t of highlight.neighbours) {
      ctx.moveTo(positions[2 * s], positions[2 * s + 1]);
      ctx.lineTo(positions[2 * t], positions[2 * t + 1]);
    }
    ctx.lineWidth = 1.5 * px;
    ctx.strokeStyle = "#1a1f26";
    ctx.stroke();
  }
  ring(highlight.selected, "#1a1f26", 2.5);
  ring(highlight.hovered, "#2b7bd0", 2);
  ring(highlight.focused, "#2b7bd0", 3);

  // Labels at a constant screen size: only the important ones, and all of them once zoomed in.
  ctx.font = `${12 * px}px system-ui, sans-serif`;
  ctx.fillStyle = "#1a1f26";
  ctx.strokeStyle = "rgba(255,255,255,0.85)";
  ctx.lineWidth = 3 * px;
  ctx.lineJoin = "round";
  const label = (i: number) => {
    const x = positions[2 * i] + scene.radius[i] + 3 * px, y = positions[2 * i + 1] + 4 * px;
    ctx.strokeText(scene.labels[i], x, y);
    ctx.fillText(scene.labels[i], x, y);
  };
  const drawn = new Set<number>();
  for (const i of [highlight.selected, highlight.hovered, highlight.focused, ...(view.k > 0.6 ? scene.labelled : scene.labelled.slice(0, 12))]) {
    if (i >= 0 && !drawn.has(i)) {
      drawn.add(i);
      label(i);
    }
  }
  if (view.k > 2.5 && scene.n < 3000) {
    const x0 = -view.tx / view.k, y0 = -view.ty / view.k, x1 = x0 + width / view.k, y1 = y0 + height / view.k;
    for (let i = 0; i < scene.n; i++) {
      const x = positions[2 * i], y = positions[2 * i + 1];
      if (!drawn.has(i) && x >= x0 && x <= x1 && y >= y0 && y <= y1) label(i);
    }
  }
  ctx.restore();
}

/** Zoom and offset that fit every node into the box, with a margin. */
export function fitView(positions: Float32Array, n: number, width: number, height: number): View {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = positions[2 * i], y = positions[2 * i + 1];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (!Number.isFinite(minX)) return { k: 1, tx: width / 2, ty: height / 2 };
  const margin = 40;
  const k = Math.min(1.5, Math.max(0.02, Math.min((width - 2 * margin) / Math.max(1, maxX - minX), (height - 2 * margin) / Math.max(1, maxY - minY))));
  return { k, tx: width / 2 - ((minX + maxX) / 2) * k, ty: height / 2 - ((minY + maxY) / 2) * k };
}

/** The node under a point in layout units (the topmost, i.e. the last drawn), or -1. */
export function nodeAt(positions: Float32Array, scene: Scene, x: number, y: number, slack: number): number {
  let found = -1;
  let best = Infinity;
  for (let i = 0; i < scene.n; i++) {
    const dx = positions[2 * i] - x, dy = positions[2 * i + 1] - y;
    const d = dx * dx + dy * dy;
    const r = scene.radius[i] + slack;
    if (d <= r * r && d < best) {
      best = d;
      found = i;
    }
  }
  return found;
}
