import { campaignColourMap, nodeColour, nodeRadius, type ColourMode } from "@/lib/graph/palette";
import { NODE_TYPE_LABELS, type GraphData } from "@/lib/graph/types";

/**
 * A static SVG of a laid-out graph (lib/graph/get-graph-excerpt.ts): no script, no interaction, prints cleanly —
 * the "graph excerpt" of a dossier. Labels only on campaigns, threat actors and the most sighted nodes; every
 * node has a <title> for screen readers and hover.
 */
export function GraphSnapshot({
  graph,
  positions,
  width = 640,
  height = 420,
  colourMode = "type",
  title = "Graph excerpt",
  labelCount = 12,
}: {
  graph: Pick<GraphData, "nodes" | "edges">;
  positions: Float32Array;
  width?: number;
  height?: number;
  colourMode?: ColourMode;
  title?: string;
  labelCount?: number;
}) {
  const n = graph.nodes.length;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, positions[2 * i]);
    maxX = Math.max(maxX, positions[2 * i]);
    minY = Math.min(minY, positions[2 * i + 1]);
    maxY = Math.max(maxY, positions[2 * i + 1]);
  }
  const pad = 24;
  const viewBox = n ? `${minX - pad} ${minY - pad} ${maxX - minX + 2 * pad} ${maxY - minY + 2 * pad}` : `0 0 ${width} ${height}`;
  const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
  const campaigns = campaignColourMap(graph.nodes);
  const labelled = new Set(
    graph.nodes
      .map((node, i) => ({ i, important: node.type === "campaign" || node.type === "threat_actor", s: node.sightings }))
      .sort((a, b) => Number(b.important) - Number(a.important) || b.s - a.s || a.i - b.i)
      .slice(0, labelCount)
      .map((e) => e.i),
  );
  const scale = n ? Math.max((maxX - minX + 2 * pad) / width, (maxY - minY + 2 * pad) / height) : 1;
  const x = (i: number) => positions[2 * i].toFixed(1);
  const y = (i: number) => positions[2 * i + 1].toFixed(1);
  return (
    <svg role="img" aria-label={title} viewBox={viewBox} width={width} height={height} style={{ maxWidth: "100%", height: "auto", background: "#fff" }}>
      <title>{title}</title>
      <g stroke="#5a6372" strokeOpacity={0.45} strokeWidth={scale}>
        {graph.edges.map((edge) => {
          const s = index.get(edge.source), t = index.get(edge.target);
          if (s === undefined || t === undefined) return null;
          return <line key={edge.id} x1={x(s)} y1={y(s)} x2={x(t)} y2={y(t)} strokeDasharray={edge.status === "suggested" ? `${4 * scale} ${3 * scale}` : undefined} />;
        })}
      </g>
      <g stroke="#fff" strokeWidth={0.75 * scale}>
        {graph.nodes.map((node, i) => (
          <circle key={node.id} cx={x(i)} cy={y(i)} r={nodeRadius(node)} fill={nodeColour(node, colourMode, campaigns)}>
            <title>{`${node.label} (${NODE_TYPE_LABELS[node.type]})`}</title>
          </circle>
        ))}
      </g>
      <g fontSize={12 * scale} fontFamily="system-ui, sans-serif" fill="#1a1f26" stroke="#fff" strokeWidth={3 * scale} paintOrder="stroke" strokeLinejoin="round">
        {[...labelled].map((i) => (
          <text key={graph.nodes[i].id} x={(positions[2 * i] + nodeRadius(graph.nodes[i]) + 3 * scale).toFixed(1)} y={(positions[2 * i + 1] + 4 * scale).toFixed(1)}>
            {graph.nodes[i].label.length > 40 ? `${graph.nodes[i].label.slice(0, 39)}…` : graph.nodes[i].label}
          </text>
        ))}
      </g>
    </svg>
  );
}
