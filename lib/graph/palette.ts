import type { GraphNode, GraphNodeType } from "./types";

/**
 * Colours and sizes of the drawing, shared by the canvas, the legend, the PNG and the GEXF export so that a file
 * opened in Gephi looks like the view it came from. Type colours are Okabe–Ito (distinguishable with colour blindness).
 */
export const NODE_TYPE_COLOURS: Record<GraphNodeType, string> = {
  campaign: "#d55e00",
  item: "#0072b2",
  person: "#cc79a7",
  organization: "#009e73",
  account: "#e69f00",
  domain: "#56b4e9",
  threat_actor: "#000000",
};

/** Tableau 10: campaigns get these in order; nodes outside any campaign are grey. */
export const CAMPAIGN_COLOURS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];
export const NO_CAMPAIGN_COLOUR = "#c4c4c4";

export type ColourMode = "type" | "campaign";

/** Campaign node id → colour, in the order campaigns appear among the nodes (stable for a given graph). */
export function campaignColourMap(nodes: readonly GraphNode[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const node of nodes) {
    if (node.type === "campaign" && !map.has(node.id)) map.set(node.id, CAMPAIGN_COLOURS[map.size % CAMPAIGN_COLOURS.length]);
  }
  return map;
}

export function nodeColour(node: GraphNode, mode: ColourMode, campaigns: Map<string, string>): string {
  if (mode === "type") return NODE_TYPE_COLOURS[node.type];
  const campaign = node.type === "campaign" ? node.id : node.campaigns[0];
  return (campaign && campaigns.get(campaign)) || NO_CAMPAIGN_COLOUR;
}

const BASE_RADIUS: Record<GraphNodeType, number> = { campaign: 9, threat_actor: 8, item: 3, person: 5, organization: 5, account: 4, domain: 4 };

/** Radius in layout units: area grows with sightings, capped so one viral item does not cover the picture. */
export function nodeRadius(node: Pick<GraphNode, "type" | "sightings">): number {
  return BASE_RADIUS[node.type] + Math.min(16, Math.sqrt(Math.max(0, node.sightings)) * 1.2);
}

export function hexToRgb(hex: string): { r: number; g: number; b: number } {
  const value = Number.parseInt(hex.slice(1), 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
}
