"use client";

import { useEffect, useRef, useState } from "react";
import { nodeAt, type Scene, type View } from "./draw-graph";
import type { LayoutWorkerHandle } from "./use-layout-worker";
import styles from "./graph.module.css";

export interface GraphCanvasProps {
  scene: Scene;
  layout: LayoutWorkerHandle;
  selected: number;
  neighbours: Set<number>;
  /** Node indices in keyboard order (most important first). */
  keyboardOrder: number[];
  /** A node to bring into view (search, table, panel); a new object repeats the request. */
  centreOn: { index: number; nonce: number } | null;
  describe: (index: number) => string;
  onSelect: (index: number) => void;
  onExpand: (index: number) => void;
}

type Gesture = { kind: "pan"; x: number; y: number; view: View; moved: boolean } | { kind: "node"; index: number; moved: boolean };

/**
 * The drawing surface. The canvas is handed to the layout worker, which draws every frame off the page's thread;
 * this component only turns pointer, wheel and keys into view changes, drags, hover, selection and expansion.
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const { scene, layout, selected, neighbours, keyboardOrder, centreOn, describe, onSelect, onExpand } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const sizeRef = useRef({ width: 0, height: 0 });
  /** The person's own zoom/pan; null while the view fits the graph automatically. */
  const userViewRef = useRef<View | null>(null);
  const gestureRef = useRef<Gesture | null>(null);
  const [hovered, setHovered] = useState(-1);
  const [focused, setFocused] = useState(-1);
  const [tooltip, setTooltip] = useState<{ x: number; y: number; text: string } | null>(null);
  const { attachCanvas, setSize, setScene, setView, setHighlight } = layout;

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    // Created here rather than in JSX: a canvas can be transferred to a worker only once, and a remount (table view
    // and back, React's development double mount) needs a fresh one.
    const canvas = document.createElement("canvas");
    canvas.className = styles.canvas;
    canvas.setAttribute("aria-hidden", "true");
    box.prepend(canvas);
    const detach = attachCanvas(canvas);
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      sizeRef.current = { width, height };
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      setSize(width, height, window.devicePixelRatio || 1);
    });
    observer.observe(box);
    return () => {
      observer.disconnect();
      detach();
      canvas.remove();
    };
  }, [attachCanvas, setSize]);

  useEffect(() => {
    userViewRef.current = null;
    setScene(scene);
  }, [scene, setScene]);
  useEffect(() => setHighlight({ selected, hovered, focused, neighbours }), [selected, hovered, focused, neighbours, setHighlight]);

  const currentView = () => userViewRef.current ?? layout.view.current;
  const applyView = (view: View | null) => {
    userViewRef.current = view;
    setView(view);
  };
  const centre = (index: number, minZoom: number) => {
    const p = layout.positions.current;
    if (!p || index < 0 || 2 * index + 1 >= p.length) return;
    const { width, height } = sizeRef.current;
    const k = Math.max(currentView().k, minZoom);
    applyView({ k, tx: width / 2 - p[2 * index] * k, ty: height / 2 - p[2 * index + 1] * k });
  };

  useEffect(() => {
    if (centreOn) centre(centreOn.index, 1.5);
    // Only a new request centres; the view itself is not a dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [centreOn]);

  const toLayout = (clientX: number, clientY: number) => {
    const rect = boxRef.current!.getBoundingClientRect();
    const v = currentView();
    return { x: (clientX - rect.left - v.tx) / v.k, y: (clientY - rect.top - v.ty) / v.k, sx: clientX - rect.left, sy: clientY - rect.top };
  };
  const hit = (clientX: number, clientY: number) => {
    const p = layout.positions.current;
    if (!p || p.length < 2 * scene.n) return -1;
    const { x, y } = toLayout(clientX, clientY);
    return nodeAt(p, scene, x, y, 3 / currentView().k);
  };
  const zoom = (factor: number, sx: number, sy: number) => {
    const v = currentView();
    const k = Math.min(40, Math.max(0.01, v.k * factor));
    applyView({ k, tx: sx - ((sx - v.tx) * k) / v.k, ty: sy - ((sy - v.ty) * k) / v.k });
  };
  const zoomRef = useRef(zoom);
  useEffect(() => {
    zoomRef.current = zoom;
  });

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    // A non-passive listener: the wheel zooms the graph instead of scrolling the page.
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const rect = box.getBoundingClientRect();
      zoomRef.current(Math.exp(-event.deltaY * 0.0015), event.clientX - rect.left, event.clientY - rect.top);
    };
    box.addEventListener("wheel", onWheel, { passive: false });
    return () => box.removeEventListener("wheel", onWheel);
  }, []);

  const moveFocus = (step: number) => {
    if (keyboardOrder.length === 0) return;
    const at = keyboardOrder.indexOf(focused);
    const next = at < 0 ? keyboardOrder[step > 0 ? 0 : keyboardOrder.length - 1] : keyboardOrder[(at + step + keyboardOrder.length) % keyboardOrder.length];
    setFocused(next);
    const p = layout.positions.current;
    if (!p) return;
    const v = currentView();
    const { width, height } = sizeRef.current;
    const sx = p[2 * next] * v.k + v.tx, sy = p[2 * next + 1] * v.k + v.ty;
    if (sx < 0 || sy < 0 || sx > width || sy > height) centre(next, v.k);
  };

  return (
    <div
      ref={boxRef}
      className={styles.canvasBox}
      tabIndex={0}
      role="application"
      aria-roledescription="graph"
      aria-label="Graph drawing. Arrow keys move between nodes, Enter opens a node's details, E expands it, + and − zoom, 0 fits the view."
      data-testid="graph-canvas"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        const index = hit(event.clientX, event.clientY);
        gestureRef.current = index >= 0 ? { kind: "node", index, moved: false } : { kind: "pan", x: event.clientX, y: event.clientY, view: currentView(), moved: false };
      }}
      onPointerMove={(event) => {
        const g = gestureRef.current;
        if (g?.kind === "pan") {
          const dx = event.clientX - g.x, dy = event.clientY - g.y;
          if (Math.abs(dx) + Math.abs(dy) > 3) g.moved = true;
          if (g.moved) applyView({ ...g.view, tx: g.view.tx + dx, ty: g.view.ty + dy });
          return;
        }
        if (g?.kind === "node") {
          const { x, y } = toLayout(event.clientX, event.clientY);
          if (!g.moved) applyView(currentView()); // dragging stops the automatic fit, so the node stays under the pointer
          g.moved = true;
          layout.drag(g.index, x, y);
          return;
        }
        const index = hit(event.clientX, event.clientY);
        setHovered(index);
        const { sx, sy } = toLayout(event.clientX, event.clientY);
        setTooltip(index >= 0 ? { x: sx, y: sy, text: describe(index) } : null);
      }}
      onPointerUp={() => {
        const g = gestureRef.current;
        gestureRef.current = null;
        if (g?.kind === "node") {
          if (g.moved) layout.release();
          else onSelect(g.index);
        } else if (g && !g.moved) {
          onSelect(-1);
        }
      }}
      onPointerLeave={() => {
        setHovered(-1);
        setTooltip(null);
      }}
      onDoubleClick={(event) => {
        const index = hit(event.clientX, event.clientY);
        if (index >= 0) onExpand(index);
      }}
      onKeyDown={(event) => {
        const { width, height } = sizeRef.current;
        if (event.key === "ArrowRight" || event.key === "ArrowDown") moveFocus(1);
        else if (event.key === "ArrowLeft" || event.key === "ArrowUp") moveFocus(-1);
        else if (event.key === "Enter" && focused >= 0) onSelect(focused);
        else if ((event.key === "e" || event.key === "E") && focused >= 0) onExpand(focused);
        else if (event.key === "+" || event.key === "=") zoom(1.25, width / 2, height / 2);
        else if (event.key === "-") zoom(0.8, width / 2, height / 2);
        else if (event.key === "0") applyView(null);
        else if (event.key === "Escape") onSelect(-1);
        else return;
        event.preventDefault();
      }}
    >
      {tooltip && (
        <div className={styles.tooltip} style={{ left: tooltip.x + 12, top: tooltip.y + 12 }} role="tooltip">
          {tooltip.text}
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {focused >= 0 && focused < scene.n ? describe(focused) : ""}
      </p>
    </div>
  );
}
