/// <reference lib="webworker" />
import { ForceLayout } from "@/lib/graph/layout";
import { hashString } from "@/lib/graph/random";
import { drawGraph, fitView, type Highlight, type Scene, type View } from "./draw-graph";
import type { FromLayoutWorker, ToLayoutWorker } from "./layout-protocol";

/**
 * The layout and the drawing both run here, never on the page's thread: ticks in slices of about a frame, a drawing
 * after each slice on the transferred OffscreenCanvas, and the positions posted back (a transferred copy) for
 * hit-testing. Messages (drag, zoom, freeze) are handled between slices.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const SLICE_MS = 12;
let layout: ForceLayout | null = null;
let frozen = false;
let scheduled = false;
let canvas: OffscreenCanvas | null = null;
let ctx: OffscreenCanvasRenderingContext2D | null = null;
let scene: Scene | null = null;
let size = { width: 0, height: 0, dpr: 1 };
let userView: View | null = null;
let view: View = { k: 1, tx: 0, ty: 0 };
let highlight: Highlight = { selected: -1, hovered: -1, focused: -1, neighbours: new Set() };
let drawPending = false;
let generation = "";

function currentPositions(): Float32Array | null {
  return layout ? layout.positions() : null;
}

function render() {
  drawPending = false;
  const positions = currentPositions();
  if (!positions || !layout) return;
  view = userView ?? fitView(positions, layout.n, size.width, size.height);
  if (ctx && scene && scene.n === layout.n) {
    ctx.setTransform(size.dpr, 0, 0, size.dpr, 0, 0);
    drawGraph(ctx, size.width, size.height, scene, positions, view, highlight);
  }
  // Hashed here, not on the page: 20k numbers to text is a long task on a busy main thread.
  const hash = layout.settled ? hashString(Array.from(positions, (v) => v.toFixed(2)).join(",")).toString(16) : "";
  const message: FromLayoutWorker = { type: "positions", generation, positions, settled: layout.settled, hash, ticks: layout.ticksRun, view };
  scope.postMessage(message, [positions.buffer]);
}

function requestRender() {
  if (drawPending) return;
  drawPending = true;
  setTimeout(render, 0);
}

function run() {
  scheduled = false;
  if (!layout || frozen || layout.settled) return;
  const start = performance.now();
  do layout.tick();
  while (!layout.settled && performance.now() - start < SLICE_MS);
  render();
  schedule();
}

function schedule() {
  if (scheduled || !layout || frozen || layout.settled) return;
  scheduled = true;
  setTimeout(run, 0);
}

async function png(id: number) {
  let blob: Blob | null = null;
  if (canvas) {
    const out = new OffscreenCanvas(canvas.width, canvas.height);
    const c = out.getContext("2d")!;
    c.fillStyle = "#ffffff";
    c.fillRect(0, 0, out.width, out.height);
    c.drawImage(canvas, 0, 0);
    blob = await out.convertToBlob({ type: "image/png" });
  }
  const message: FromLayoutWorker = { type: "png", id, blob };
  scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<ToLayoutWorker>) => {
  const message = event.data;
  switch (message.type) {
    case "start":
      generation = message.generation;
      layout = new ForceLayout(
        { nodeCount: message.nodeCount, sources: message.sources, targets: message.targets },
        { seed: message.seed, initial: message.initial },
      );
      if (message.settled) layout.alpha = 0;
      userView = null;
      requestRender();
      break;
    case "drag":
      if (!layout) return;
      layout.pin(message.index, message.x, message.y);
      layout.alphaTarget = 0.3;
      layout.reheat(0.3);
      requestRender();
      break;
    case "release":
      if (layout) layout.alphaTarget = 0;
      break;
    case "unpin":
      layout?.unpin(message.index);
      layout?.reheat(0.1);
      break;
    case "freeze":
      frozen = message.frozen;
      break;
    case "canvas":
      canvas = message.canvas;
      ctx = canvas.getContext("2d");
      canvas.width = Math.max(1, Math.round(size.width * size.dpr));
      canvas.height = Math.max(1, Math.round(size.height * size.dpr));
      requestRender();
      break;
    case "detach":
      canvas = null;
      ctx = null;
      break;
    case "size":
      size = { width: message.width, height: message.height, dpr: message.dpr };
      if (canvas) {
        canvas.width = Math.max(1, Math.round(size.width * size.dpr));
        canvas.height = Math.max(1, Math.round(size.height * size.dpr));
      }
      requestRender();
      break;
    case "scene":
      scene = message.scene;
      requestRender();
      break;
    case "view":
      userView = message.view;
      requestRender();
      break;
    case "highlight":
      highlight = message.highlight;
      requestRender();
      break;
    case "png":
      void png(message.id);
      return;
  }
  schedule();
};
