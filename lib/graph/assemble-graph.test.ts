import { describe, expect, it } from "vitest";
import { capGraph } from "./assemble-graph";
import type { GraphEdge, GraphNode } from "./types";

const node = (id: string, type: GraphNode["type"], sightings: number): GraphNode => ({ id, type, label: id, sightings, campaigns: [] });
const edge = (kind: GraphEdge["kind"], source: string, target: string, confidence = 1, status: GraphEdge["status"] = "confirmed"): GraphEdge => ({
  id: `${kind}:${source}>${target}`,
  kind,
  source,
  target,
  confidence,
  status,
});

describe("capGraph", () => {
  const nodes = [node("c", "campaign", 0), node("a", "item", 5), node("b", "item", 1), node("d", "domain", 0), node("p", "person", 6)];
  const edges = [
    edge("in_campaign", "a", "c"),
    edge("in_campaign", "b", "c", 0.4, "suggested"),
    edge("hosted_on", "a", "d"),
    edge("hosted_on", "b", "d"),
    edge("impersonates", "a", "p"),
    edge("near_duplicate", "a", "b", 0.9),
    edge("posted_by", "a", "missing"),
    edge("in_campaign", "a", "c"),
  ];

  it("drops dangling and repeated edges and keeps everything under the caps", () => {
    const g = capGraph(nodes, edges, 10);
    expect(g).toMatchObject({ truncated: false, totalNodes: 5 });
    expect(g.edges).toHaveLength(6);
  });

  it("keeps the most important nodes (campaigns first, then sightings + degree) and their edges", () => {
    const g = capGraph(nodes, edges, 3);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(["a", "c", "p"]);
    expect(g.truncated).toBe(true);
    expect(g.edges.map((e) => e.kind).sort()).toEqual(["impersonates", "in_campaign"]);
  });

  it("keeps the most important edges under an edge cap and says how many there were", () => {
    const g = capGraph(nodes, edges, 10, 5, 3);
    expect(g.truncated).toBe(true);
    expect(g.totalEdges).toBe(6);
    expect(g.edges.map((e) => `${e.kind}:${e.status}`)).toEqual(["in_campaign:confirmed", "in_campaign:suggested", "impersonates:confirmed"]);
  });
});
