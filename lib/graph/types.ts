/**
 * The graph's shapes, shared by the builder (lib/graph/build-graph.ts), the layout worker, the canvas, the table view
 * and the GEXF/GraphML exports. Plain data only: it crosses the network and the worker boundary as JSON.
 */

export const NODE_TYPES = ["campaign", "item", "person", "organization", "account", "domain", "threat_actor"] as const;
export type GraphNodeType = (typeof NODE_TYPES)[number];

export const EDGE_KINDS = [
  "in_campaign",
  "impersonates",
  "targets",
  "posted_by",
  "hosted_on",
  "near_duplicate",
  "attributed_to",
] as const;
export type GraphEdgeKind = (typeof EDGE_KINDS)[number];

export const NODE_TYPE_LABELS: Record<GraphNodeType, string> = {
  campaign: "Campaign",
  item: "Item",
  person: "Person",
  organization: "Organization",
  account: "Account",
  domain: "Domain",
  threat_actor: "Threat actor",
};

export const EDGE_KIND_LABELS: Record<GraphEdgeKind, string> = {
  in_campaign: "in campaign",
  impersonates: "impersonates",
  targets: "targets",
  posted_by: "posted by",
  hosted_on: "hosted on",
  near_duplicate: "near-duplicate of",
  attributed_to: "attributed to",
};

export interface GraphNode {
  /** Type-prefixed so ids of different tables never collide: "item:<uuid>", "domain:example.com". */
  id: string;
  type: GraphNodeType;
  label: string;
  /** Sightings behind the node (an item's own, or the sum over the items it touches in this graph): drives size. */
  sightings: number;
  /** Campaign node ids the node belongs to (confirmed first), for "colour by campaign". */
  campaigns: string[];
  /** A page in this app (e.g. /items/<id>) — never user input. */
  href?: string;
  /** An external http(s) URL from the data; rendered only through ExternalLink. */
  url?: string;
  /** A few facts for the side panel and the exports' attributes. */
  details?: Record<string, string | number>;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: GraphEdgeKind;
  /** Item↔campaign links are confirmed (solid) or suggested (dashed); other edges are facts (confirmed). */
  status: "confirmed" | "suggested";
  /** 0–1: the link's confidence, or the estimated Jaccard for near-duplicates; 1 for facts. */
  confidence: number;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when the filter matched more nodes than the cap and only the most important ones are returned. */
  truncated: boolean;
  /** Nodes the filter matched before the cap was applied (a lower bound when truncated early). */
  totalNodes: number;
  nodeCap: number;
  /** Edges between the returned nodes before an edge cap dropped the least important (set when one applied). */
  totalEdges?: number;
}

/** Laid-out positions in node order: x0, y0, x1, y1, … */
export type Positions = Float32Array;
