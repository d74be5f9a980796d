"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { LayoutGraph } from "@/lib/graph/layout";
import type { Highlight, Scene, View } from "./draw-graph";
import type { FromLayoutWorker, ToLayoutWorker } from "./layout-protocol";

export interface LayoutInput extends LayoutGraph {
  seed: number;
  initial: Float32Array | null;
  settled: boolean;
}

export interface LayoutWorkerHandle {
  /** Latest positions (x,y per node) and the view they were drawn with: for hit-testing, exports and tests. */
  positions: React.RefObject<Float32Array | null>;
  view: React.RefObject<View>;
  settled: boolean;
  /** Hash of the settled positions (empty while moving). */
  hash: string;
  drag: (index: number, x: number, y: number) => void;
  release: () => void;
  unpin: (index: number) => void;
  setFrozen: (frozen: boolean) => void;
  /** Hands the canvas to the worker (it draws there from now on); returns the detach function. */
  attachCanvas: (canvas: HTMLCanvasElement) => () => void;
  setSize: (width: number, height: number, dpr: number) => void;
  setScene: (scene: Scene) => void;
  setView: (view: View | null) => void;
  setHighlight: (highlight: Highlight) => void;
  png: () => Promise<Blob | null>;
}

/** Seeds differ between views and expansions add nodes: together they name one layout run. */
const generationOf = (input: LayoutInput) => `${input.seed}:${input.nodeCount}:${input.sources.length}`;

/**
 * Owns one layout-and-drawing worker for the component's life: (re)starts the layout when the graph changes and
 * keeps the newest positions in a ref (no React render per frame). Terminated on unmount.
 */
export function useLayoutWorker(input: LayoutInput | null): LayoutWorkerHandle {
  const worker = useRef<Worker | null>(null);
  const positions = useRef<Float32Array | null>(null);
  const view = useRef<View>({ k: 1, tx: 0, ty: 0 });
  const pngWaiters = useRef(new Map<number, (blob: Blob | null) => void>());
  const [status, setStatus] = useState({ generation: "", settled: false, hash: "" });
  const generation = input ? generationOf(input) : "";
  const settled = status.generation === generation && status.settled;

  useEffect(() => {
    const w = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
    const waiters = pngWaiters.current;
    worker.current = w;
    w.onmessage = (event: MessageEvent<FromLayoutWorker>) => {
      const message = event.data;
      if (message.type === "png") {
        waiters.get(message.id)?.(message.blob);
        waiters.delete(message.id);
        return;
      }
      positions.current = message.positions;
      view.current = message.view;
      setStatus((s) =>
        s.generation === message.generation && s.settled === message.settled && s.hash === message.hash
          ? s
          : { generation: message.generation, settled: message.settled, hash: message.hash },
      );
    };
    return () => {
      w.terminate();
      worker.current = null;
      for (const resolve of waiters.values()) resolve(null);
      waiters.clear();
    };
  }, []);

  useEffect(() => {
    if (!input || !worker.current) return;
    // Copies go to the worker (the graph's own arrays stay with the page and the query cache).
    const message: ToLayoutWorker = {
      type: "start",
      generation: generationOf(input),
      nodeCount: input.nodeCount,
      sources: input.sources.slice(),
      targets: input.targets.slice(),
      seed: input.seed,
      initial: input.initial ? input.initial.slice() : null,
      settled: input.settled,
    };
    positions.current = null;
    worker.current.postMessage(message, [message.sources.buffer, message.targets.buffer, ...(message.initial ? [message.initial.buffer] : [])]);
  }, [input]);

  const send = useCallback((message: ToLayoutWorker, transfer: Transferable[] = []) => worker.current?.postMessage(message, transfer), []);
  const attachCanvas = useCallback(
    (canvas: HTMLCanvasElement) => {
      const offscreen = canvas.transferControlToOffscreen();
      send({ type: "canvas", canvas: offscreen }, [offscreen]);
      return () => send({ type: "detach" });
    },
    [send],
  );
  const png = useCallback(() => {
    const id = Math.random();
    return new Promise<Blob | null>((resolve) => {
      if (!worker.current) return resolve(null);
      pngWaiters.current.set(id, resolve);
      send({ type: "png", id });
    });
  }, [send]);

  return useMemo(
    () => ({
      positions,
      view,
      settled,
      hash: settled ? status.hash : "",
      drag: (index, x, y) => send({ type: "drag", index, x, y }),
      release: () => send({ type: "release" }),
      unpin: (index) => send({ type: "unpin", index }),
      setFrozen: (frozen) => send({ type: "freeze", frozen }),
      attachCanvas,
      setSize: (width, height, dpr) => send({ type: "size", width, height, dpr }),
      setScene: (scene) => send({ type: "scene", scene }),
      setView: (v) => send({ type: "view", view: v }),
      setHighlight: (highlight) => send({ type: "highlight", highlight }),
      png,
    }),
    [settled, status.hash, send, attachCanvas, png],
  );
}
