import { writeGexf, type GexfAttribute } from "./gexf";
import { campaignColourMap, hexToRgb, nodeColour, nodeRadius, type ColourMode } from "./palette";
import type { GraphData, GraphNode, GraphNodeType, Positions } from "./types";
import { NODE_TYPES } from "./types";

/** Node types only the file exports carry (narratives, lib/exports/graph-extras.ts): not drawn by the app, so not in its palette. */
const EXPORT_ONLY_COLOUR = "#8c564b";
const drawn = (type: string): type is GraphNodeType => (NODE_TYPES as readonly string[]).includes(type);
type GexfGraph = { nodes: (Omit<GraphNode, "type"> & { type: string })[]; edges: (Omit<GraphData["edges"][number], "kind"> & { kind: string })[] };

export const GRAPH_NODE_ATTRIBUTES: GexfAttribute[] = [
  { id: "type", title: "type", type: "string" },
  { id: "sightings", title: "sightings", type: "integer" },
  { id: "url", title: "url", type: "string" },
  { id: "campaigns", title: "campaigns", type: "string" },
];

export const GRAPH_EDGE_ATTRIBUTES: GexfAttribute[] = [
  { id: "kind", title: "kind", type: "string" },
  { id: "status", title: "status", type: "string" },
  { id: "confidence", title: "confidence", type: "double" },
];

export interface GraphGexfOptions {
  /** x,y per node in `graph.nodes` order; without them Gephi lays the graph out itself. */
  positions?: Positions;
  colourMode?: ColourMode;
  description?: string;
  /** YYYY-MM-DD; left out by default so the same graph gives the same bytes. */
  lastModified?: string;
}

/** A Sightline graph as GEXF 1.3, with the colours and sizes of the view (for "export this view" and exports). */
export function graphToGexf(graph: GexfGraph, options: GraphGexfOptions = {}): string {
  const campaigns = campaignColourMap(graph.nodes as GraphNode[]);
  const mode = options.colourMode ?? "type";
  const { positions } = options;
  return writeGexf({
    creator: "Sightline",
    description: options.description,
    lastModified: options.lastModified,
    defaultEdgeType: "directed",
    nodeAttributes: GRAPH_NODE_ATTRIBUTES,
    edgeAttributes: GRAPH_EDGE_ATTRIBUTES,
    nodes: graph.nodes.map((node, i) => ({
      id: node.id,
      label: node.label,
      attributes: { type: node.type, sightings: node.sightings, url: node.url, campaigns: node.campaigns.join(" ") || undefined },
      viz: {
        colour: hexToRgb(drawn(node.type) ? nodeColour(node as GraphNode, mode, campaigns) : EXPORT_ONLY_COLOUR),
        size: drawn(node.type) ? nodeRadius(node as GraphNode) : 5 + Math.min(16, Math.sqrt(Math.max(0, node.sightings)) * 1.2),
        ...(positions && positions.length >= 2 * (i + 1) ? { x: positions[2 * i], y: -positions[2 * i + 1] } : {}),
      },
    })),
    edges: graph.edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      label: edge.kind,
      weight: edge.confidence,
      attributes: { kind: edge.kind, status: edge.status, confidence: edge.confidence },
      viz: { shape: edge.status === "suggested" ? "dashed" : "solid" },
    })),
  });
}
