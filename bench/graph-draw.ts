// Drawing benchmark: `npx tsx bench/graph-draw.ts [--nodes 10000] [--links 20000] [--frames 60]`.
// The same laid-out graph (lib/graph/synthetic-graph + lib/graph/layout) drawn in one headless Chromium page twice:
// on canvas with the app's own drawGraph (components/graph/draw-graph.ts, bundled with esbuild), and as an SVG of
// the same circles and lines (the baseline). Each frame pans the view a little (canvas: redraw; SVG: change the
// root group's transform, so the browser re-renders every element), with vsync and the frame-rate limit off so
// requestAnimationFrame runs as fast as frames are produced. Prints mean and p95 frame time and the ratio.
// Bar: canvas frame time ≥ 3× better than SVG.
import { loadavg } from "node:os";
import path from "node:path";
import { buildSync } from "esbuild";
import { chromium } from "@playwright/test";
import { runLayout } from "../lib/graph/layout";
import { syntheticLayoutGraph } from "../lib/graph/synthetic-graph";
import { NODE_TYPES, type GraphData } from "../lib/graph/types";

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const NODES = arg("nodes", 10_000);
const LINKS = arg("links", 20_000);
const FRAMES = arg("frames", 60);
const ROOT = path.resolve(import.meta.dirname, "..");

const layoutGraph = syntheticLayoutGraph(NODES, LINKS, 1);
const positions = runLayout(layoutGraph, { seed: 1 });
const graph: Pick<GraphData, "nodes" | "edges"> = {
  nodes: Array.from({ length: NODES }, (_, i) => ({
    id: `n${i}`,
    type: NODE_TYPES[i % NODE_TYPES.length],
    label: `Node ${i}`,
    sightings: (i * 7) % 23,
    campaigns: [],
  })),
  edges: Array.from(layoutGraph.sources, (s, e) => ({
    id: `e${e}`,
    source: `n${s}`,
    target: `n${layoutGraph.targets[e]}`,
    kind: "in_campaign" as const,
    status: e % 10 === 0 ? ("suggested" as const) : ("confirmed" as const),
    confidence: 1,
  })),
};

const bundle = buildSync({
  entryPoints: [path.join(ROOT, "components/graph/draw-graph.ts")],
  bundle: true,
  format: "iife",
  globalName: "GraphDraw",
  write: false,
  alias: { "@": ROOT },
}).outputFiles[0].text;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-gpu-vsync", "--disable-frame-rate-limit", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
await page.setContent(`<!doctype html><body style="margin:0"><div id="host" style="width:1200px;height:800px;position:relative"></div></body>`);
// tsx compiles this file with keepNames, which wraps the evaluated function's helpers in __name(): define it.
await page.addScriptTag({ content: `window.__name = (f) => f;\n${bundle}` });

type Result = { mean: number; p95: number };
const measure = (kind: "canvas" | "svg") =>
  page.evaluate(
    async ({ kind, graph, positions, frames }) => {
      const G = (window as unknown as { GraphDraw: typeof import("../components/graph/draw-graph") }).GraphDraw;
      const host = document.getElementById("host")!;
      host.innerHTML = "";
      const p = Float32Array.from(positions);
      const width = 1200, height = 800;
      const base = G.fitView(p, graph.nodes.length, width, height);
      const scene = G.buildScene(graph as never, "type");
      const highlight = { selected: -1, hovered: -1, focused: -1, neighbours: new Set<number>() };
      let apply: (i: number) => void;
      if (kind === "canvas") {
        const canvas = document.createElement("canvas");
        canvas.width = width;
        canvas.height = height;
        host.appendChild(canvas);
        const ctx = canvas.getContext("2d")!;
        apply = (i) => G.drawGraph(ctx, width, height, scene, p, { ...base, tx: base.tx + (i % 20), ty: base.ty + (i % 7) }, highlight);
      } else {
        const ns = "http://www.w3.org/2000/svg";
        const svg = document.createElementNS(ns, "svg");
        svg.setAttribute("width", String(width));
        svg.setAttribute("height", String(height));
        const g = document.createElementNS(ns, "g");
        const edges = document.createElementNS(ns, "g");
        edges.setAttribute("stroke", "rgba(90,99,114,0.35)");
        edges.setAttribute("stroke-width", String(1 / base.k));
        for (let e = 0; e < scene.solid.length; e += 2) {
          const line = document.createElementNS(ns, "line");
          const s = scene.solid[e], t = scene.solid[e + 1];
          line.setAttribute("x1", String(p[2 * s]));
          line.setAttribute("y1", String(p[2 * s + 1]));
          line.setAttribute("x2", String(p[2 * t]));
          line.setAttribute("y2", String(p[2 * t + 1]));
          edges.appendChild(line);
        }
        for (let e = 0; e < scene.dashed.length; e += 2) {
          const line = document.createElementNS(ns, "line");
          const s = scene.dashed[e], t = scene.dashed[e + 1];
          line.setAttribute("x1", String(p[2 * s]));
          line.setAttribute("y1", String(p[2 * s + 1]));
          line.setAttribute("x2", String(p[2 * t]));
          line.setAttribute("y2", String(p[2 * t + 1]));
          line.setAttribute("stroke-dasharray", `${4 / base.k} ${3 / base.k}`);
          edges.appendChild(line);
        }
        g.appendChild(edges);
        for (let i = 0; i < scene.n; i++) {
          const c = document.createElementNS(ns, "circle");
          c.setAttribute("cx", String(p[2 * i]));
          c.setAttribute("cy", String(p[2 * i + 1]));
          c.setAttribute("r", String(scene.radius[i]));
          c.setAttribute("fill", scene.colour[i]);
          g.appendChild(c);
        }
        svg.appendChild(g);
        host.appendChild(svg);
        apply = (i) => g.setAttribute("transform", `translate(${base.tx + (i % 20)} ${base.ty + (i % 7)}) scale(${base.k})`);
      }
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      // Warm-up frames (first layout of the SVG DOM, JIT of the drawing code) are not counted.
      for (let i = 0; i < 5; i++) {
        apply(i);
        await frame();
      }
      const times: number[] = [];
      let last = await frame();
      for (let i = 0; i < frames; i++) {
        apply(i + 1);
        const now = await frame();
        times.push(now - last);
        last = now;
      }
      times.sort((a, b) => a - b);
      return { mean: times.reduce((a, b) => a + b, 0) / times.length, p95: times[Math.floor(times.length * 0.95)] };
    },
    { kind, graph, positions: Array.from(positions), frames: FRAMES },
  ) as Promise<Result>;

console.log(`graph drawing: ${NODES} nodes, ${layoutGraph.sources.length} links, ${FRAMES} frames each, Chromium ${browser.version()}; load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
const canvas = await measure("canvas");
const svg = await measure("svg");
console.log(`canvas (components/graph/draw-graph.ts): mean ${canvas.mean.toFixed(1)} ms/frame, p95 ${canvas.p95.toFixed(1)} ms`);
console.log(`SVG of the same graph:                  mean ${svg.mean.toFixed(1)} ms/frame, p95 ${svg.p95.toFixed(1)} ms`);
console.log(`canvas is ${(svg.mean / canvas.mean).toFixed(2)}× faster per frame (bar ≥ 3×); load average after ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
await browser.close();
