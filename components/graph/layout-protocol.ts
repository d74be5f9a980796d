import type { Highlight, Scene, View } from "./draw-graph";

/**
 * Messages between the page and the layout worker (components/graph/layout.worker.ts). The worker lays the graph out
 * and draws it on the page's canvas (an OffscreenCanvas transferred to it), so neither the layout nor the drawing of
 * 10k nodes ever runs on the page's thread; the page keeps only pointer handling and hit-testing.
 */
export type ToLayoutWorker =
  | {
      type: "start";
      /** Echoed in every positions message, so the page knows which graph a "settled" is about. */
      generation: string;
      nodeCount: number;
      sources: Int32Array;
      targets: Int32Array;
      seed: number;
      initial: Float32Array | null;
      /** The positions are a finished layout (from the cache): show them, do not move anything until touched. */
      settled: boolean;
    }
  | { type: "drag"; index: number; x: number; y: number }
  | { type: "release" }
  | { type: "unpin"; index: number }
  | { type: "freeze"; frozen: boolean }
  | { type: "canvas"; canvas: OffscreenCanvas }
  | { type: "detach" }
  | { type: "size"; width: number; height: number; dpr: number }
  | { type: "scene"; scene: Scene }
  /** null: fit the whole graph (until the person zooms or pans). */
  | { type: "view"; view: View | null }
  | { type: "highlight"; highlight: Highlight }
  | { type: "png"; id: number };

export type FromLayoutWorker =
  | {
      type: "positions";
      generation: string;
      positions: Float32Array;
      settled: boolean;
      /** When settled: a hash of the positions (2 decimals), so tests can tell "the same picture" cheaply. */
      hash: string;
      ticks: number;
      view: View;
    }
  | { type: "png"; id: number; blob: Blob | null };
