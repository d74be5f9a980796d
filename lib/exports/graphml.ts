import type { ExportGraph } from "./graph-extras";

/**
 * A Sightline graph as GraphML 1.0 (http://graphml.graphdrawing.org), with typed node and edge attributes declared
 * as <key>s — what Gephi, Cytoscape, yEd, igraph and networkx read. Pure string building; validated against the
 * official XSD in graphml.test.ts. GraphML ids must be XML name tokens and ours hold ":" and ">", so nodes and edges are
 * numbered (n0, e0 — as networkx writes them) and the Sightline id is an attribute.
 */
const NODE_KEYS = [
  { id: "sightline_id", type: "string" }, { id: "label", type: "string" }, { id: "type", type: "string" }, { id: "sightings", type: "int" }, { id: "url", type: "string" },
  { id: "campaigns", type: "string" }, { id: "kind", type: "string" }, { id: "verdict", type: "string" }, { id: "platform", type: "string" },
  { id: "language", type: "string" }, { id: "status", type: "string" },
] as const;
const EDGE_KEYS = [{ id: "sightline_id", type: "string" }, { id: "kind", type: "string" }, { id: "status", type: "string" }, { id: "confidence", type: "double" }] as const;

export function escapeXml(value: string): string {
  // Characters XML 1.0 cannot carry at all are dropped rather than making the file unreadable.
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function writeGraphml(graph: Pick<ExportGraph, "nodes" | "edges">, description?: string): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  if (description) out.push(`  <desc>${escapeXml(description)}</desc>`);
  for (const k of NODE_KEYS) out.push(`  <key id="n_${k.id}" for="node" attr.name="${k.id}" attr.type="${k.type}"/>`);
  for (const k of EDGE_KEYS) out.push(`  <key id="e_${k.id}" for="edge" attr.name="${k.id}" attr.type="${k.type}"/>`);
  out.push('  <graph id="sightline" edgedefault="directed">');
  const data = (key: string, value: string | number | undefined) =>
    value === undefined || value === "" ? "" : `<data key="${key}">${escapeXml(String(value))}</data>`;
  const index = new Map(graph.nodes.map((node, i) => [node.id, `n${i}`]));
  graph.nodes.forEach((node, i) => {
    const details = node.details ?? {};
    out.push(
      `    <node id="n${i}">${data("n_sightline_id", node.id)}${data("n_label", node.label)}${data("n_type", node.type)}${data("n_sightings", node.sightings)}` +
        `${data("n_url", node.url)}${data("n_campaigns", node.campaigns.join(" "))}${data("n_kind", details.kind)}${data("n_verdict", details.verdict)}` +
        `${data("n_platform", details.platform)}${data("n_language", details.language)}${data("n_status", details.status)}</node>`,
    );
  });
  graph.edges.forEach((edge, i) => {
    const source = index.get(edge.source);
    const target = index.get(edge.target);
    if (!source || !target) return; // an edge to a node cut by the cap
    out.push(
      `    <edge id="e${i}" source="${source}" target="${target}">${data("e_sightline_id", edge.id)}${data("e_kind", edge.kind)}${data("e_status", edge.status)}${data("e_confidence", edge.confidence)}</edge>`,
    );
  });
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}
