"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useQueryStates } from "nuqs";
import { useCallback, useMemo, useState } from "react";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { formatInteger } from "@/lib/format/format";
import type { GraphView } from "@/lib/graph/get-graph-view";
import { graphToGexf } from "@/lib/graph/graph-gexf";
import { decodePositions, toLayoutGraph } from "@/lib/graph/layout-graph";
import { adjacency, mergeGraphs } from "@/lib/graph/merge-graphs";
import { campaignColourMap } from "@/lib/graph/palette";
import { graphQueries } from "@/lib/graph/query-options";
import { graphApiParams, graphSearchParams, parseGraphParams } from "@/lib/graph/search-params";
import { NODE_TYPE_LABELS } from "@/lib/graph/types";
import { itemQueries } from "@/lib/items/query-options";
import { buildScene } from "./draw-graph";
import { GraphCanvas } from "./graph-canvas";
import { GraphFilters } from "./graph-filters";
import { GraphLegend } from "./graph-legend";
import { GraphPanel } from "./graph-panel";
import { GraphTable } from "./graph-table";
import { GraphToolbar } from "./graph-toolbar";
import { useLayoutWorker, type LayoutInput } from "./use-layout-worker";
import styles from "./graph.module.css";

interface Expansions {
  /** The base view they belong to: a new filter drops them. */
  key: string;
  graphs: GraphView[];
  /** Positions of the nodes already on screen when the last expansion arrived (they keep their place). */
  initial: Float32Array | null;
}

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The force graph for a filter (from the URL), with its filters, drawing, details panel, legend and table view.
 * Mounted by /graph and, with `campaign` fixed, by a campaign's page.
 */
export function GraphExplorer({ campaign }: { campaign?: string }) {
  const [params, setParams] = useQueryStates(graphSearchParams, { history: "push" });
  const effective = campaign ? { ...params, campaign } : params;
  const parsed = parseGraphParams(effective);
  const apiParams = graphApiParams(effective);
  const view = useQuery({ ...graphQueries.view(apiParams), enabled: parsed.success });
  const options = useQuery(itemQueries.filterOptions());
  const queryClient = useQueryClient();
  const base = view.data;

  const [expansions, setExpansions] = useState<Expansions | null>(null);
  const [frozen, setFrozenState] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [centreOn, setCentreOn] = useState<{ index: number; nonce: number } | null>(null);

  const active = expansions && base && expansions.key === base.layout.key ? expansions : null;
  const graph = useMemo(() => (base ? mergeGraphs(base, active?.graphs ?? []) : null), [base, active]);
  const adj = useMemo(() => (graph ? adjacency(graph) : null), [graph]);
  const scene = useMemo(() => (graph ? buildScene(graph, params.colour) : null), [graph, params.colour]);
  const layoutInput = useMemo<LayoutInput | null>(() => {
    if (!graph || !base) return null;
    const { nodeCount, sources, targets } = toLayoutGraph(graph);
    if (active?.initial) {
      const initial = new Float32Array(2 * nodeCount).fill(NaN);
      initial.set(active.initial.subarray(0, Math.min(active.initial.length, initial.length)));
      return { nodeCount, sources, targets, seed: base.layout.seed, initial, settled: false };
    }
    const initial = base.layout.positions ? decodePositions(base.layout.positions) : null;
    return { nodeCount, sources, targets, seed: base.layout.seed, initial, settled: base.layout.exact };
  }, [graph, base, active]);
  const layout = useLayoutWorker(layoutInput);

  const selected = params.node && adj ? (adj.index.get(params.node) ?? -1) : -1;
  const neighbours = useMemo(() => new Set(selected >= 0 && adj ? adj.neighbours[selected].map((n) => n.other) : []), [adj, selected]);
  const keyboardOrder = useMemo(() => {
    if (!graph) return [];
    const rank = (t: string) => (t === "campaign" ? 0 : t === "threat_actor" ? 1 : 2);
    return graph.nodes.map((_, i) => i).sort((a, b) => rank(graph.nodes[a].type) - rank(graph.nodes[b].type) || graph.nodes[b].sightings - graph.nodes[a].sightings || a - b);
  }, [graph]);
  const campaignLegend = useMemo(() => {
    if (!graph) return [];
    const colours = campaignColourMap(graph.nodes);
    return graph.nodes.filter((n) => colours.has(n.id)).map((n) => ({ label: n.label, colour: colours.get(n.id)! }));
  }, [graph]);

  const select = useCallback((id: string | null) => setParams({ node: id }, { history: "replace" }), [setParams]);
  const selectIndex = useCallback((index: number) => select(index >= 0 && graph ? graph.nodes[index].id : null), [graph, select]);
  const focusNode = (id: string) => {
    select(id);
    const index = adj?.index.get(id) ?? -1;
    setCentreOn({ index, nonce: Date.now() });
  };

  const expand = useCallback(
    async (index: number) => {
      if (!graph || !base) return;
      const node = graph.nodes[index];
      setNotice(`Expanding ${node.label}…`);
      try {
        const extra = await queryClient.fetchQuery(graphQueries.neighbours(node.id));
        const known = new Set(graph.nodes.map((n) => n.id));
        const added = extra.nodes.filter((n) => !known.has(n.id)).length;
        setNotice(added ? `Added ${formatInteger(added)} node${added === 1 ? "" : "s"} around ${node.label}.` : `${node.label} has no further neighbours.`);
        if (!added) return;
        const initial = layout.positions.current?.slice() ?? null;
        setExpansions((prev) => ({ key: base.layout.key, graphs: [...(prev && prev.key === base.layout.key ? prev.graphs : []), extra], initial }));
      } catch (error) {
        setNotice(`Could not expand ${node.label}: ${error instanceof Error ? error.message : "unknown error"}`);
      }
    },
    [graph, base, queryClient, layout.positions],
  );

  const exportPng = async () => {
    const blob = await layout.png();
    if (blob) download(blob, "sightline-graph.png");
  };
  const exportGexf = () => {
    if (!graph) return;
    const xml = graphToGexf(graph, { positions: layout.positions.current ?? undefined, colourMode: params.colour, description: `Sightline graph ${new URLSearchParams(apiParams).toString()}` });
    download(new Blob([xml], { type: "application/gexf+xml" }), "sightline-graph.gexf");
  };

  const selectedNode = selected >= 0 && graph ? graph.nodes[selected] : null;

  return (
    <div className={styles.explorer} data-testid="graph-explorer" data-node-count={graph?.nodes.length ?? 0} data-layout-settled={layout.settled} data-layout-hash={layout.hash}>
      <GraphFilters
        params={effective}
        campaignLocked={Boolean(campaign)}
        options={options.data}
        onChange={(patch) => {
          setExpansions(null);
          void setParams({ ...patch, node: null });
        }}
      />
      {!parsed.success && (
        <ErrorState
          error={new Error(parsed.error.issues.map((i) => `${i.path.join(".") || "filter"}: ${i.message}`).join("; "))}
          title="Invalid filters in the address"
          action={
            <button type="button" className="button" onClick={() => setParams(null)}>
              Clear filters
            </button>
          }
        />
      )}
      {view.isError && <ErrorState error={view.error} />}
      {base && graph && scene && (
        <>
          <GraphToolbar
            colour={params.colour}
            onColour={(colour) => setParams({ colour }, { history: "replace" })}
            view={params.view}
            onView={(v) => setParams({ view: v }, { history: "replace" })}
            frozen={frozen}
            onFreeze={(f) => {
              setFrozenState(f);
              layout.setFrozen(f);
            }}
            labels={graph.nodes.map((n) => n.label)}
            onSearch={(text) => {
              // An exact name first, then a name that starts with the text, then one that contains it.
              const needle = text.toLocaleLowerCase();
              const label = (i: number) => graph.nodes[i].label.toLocaleLowerCase();
              const index =
                keyboardOrder.find((i) => label(i) === needle) ??
                keyboardOrder.find((i) => label(i).startsWith(needle)) ??
                keyboardOrder.find((i) => label(i).includes(needle));
              if (index === undefined) return false;
              focusNode(graph.nodes[index].id);
              return true;
            }}
            onPng={() => void exportPng()}
            onGexf={exportGexf}
            settled={layout.settled}
          />
          <p className={styles.summary} aria-live="polite">
            {formatInteger(graph.nodes.length)} node{graph.nodes.length === 1 ? "" : "s"}, {formatInteger(graph.edges.length)} edge{graph.edges.length === 1 ? "" : "s"}
            {base.truncated && (
              <strong className={styles.truncated}>
                {" "}
                — truncated:{" "}
                {base.totalNodes > base.nodes.length
                  ? `the ${formatInteger(base.nodes.length)} most important of ${formatInteger(base.totalNodes)}+ nodes (cap ${formatInteger(base.nodeCap)})`
                  : "all nodes"}
                {base.totalEdges ? `, the ${formatInteger(base.edges.length)} most important of ${formatInteger(base.totalEdges)} edges` : ""}. Narrow the
                filters to see the rest.
              </strong>
            )}
            {notice && <span className="faint"> {notice}</span>}
          </p>
          {graph.nodes.length === 0 ? (
            <EmptyState title="Nothing matches these filters">
              <p>No items were seen with this campaign, period, country and language.</p>
            </EmptyState>
          ) : (
            <div className={styles.stage}>
              {params.view === "table" ? (
                <GraphTable graph={graph} degree={adj!.neighbours.map((n) => n.length)} onSelect={focusNode} />
              ) : (
                <GraphCanvas
                  scene={scene}
                  layout={layout}
                  selected={selected}
                  neighbours={neighbours}
                  keyboardOrder={keyboardOrder}
                  centreOn={centreOn}
                  describe={(i) => `${graph.nodes[i].label} — ${NODE_TYPE_LABELS[graph.nodes[i].type]}, ${formatInteger(graph.nodes[i].sightings)} sightings`}
                  onSelect={selectIndex}
                  onExpand={expand}
                />
              )}
              {selectedNode && adj && (
                <GraphPanel
                  node={selectedNode}
                  neighbours={adj.neighbours[selected].map((n) => ({ edge: n.edge, node: graph.nodes[n.other], outgoing: n.outgoing }))}
                  onSelect={focusNode}
                  onExpand={() => expand(selected)}
                  onUnpin={() => layout.unpin(selected)}
                  onClose={() => select(null)}
                />
              )}
            </div>
          )}
          <GraphLegend mode={params.colour} types={[...new Set(graph.nodes.map((n) => n.type))]} campaigns={campaignLegend} />
        </>
      )}
      {view.isPending && parsed.success && <p className="faint">Loading the graph…</p>}
    </div>
  );
}
