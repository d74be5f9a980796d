/**
 * A GEXF 1.3 writer (https://gexf.net/1.3): nodes, edges, typed attributes and viz position, colour, size, edge
 * thickness and shape. Pure string building, no DOM and no Node APIs, so the browser ("export this view") and the
 * server (exports) write byte-identical files. Validated against the official RelaxNG schema in gexf.test.ts.
 */

export type GexfAttributeType = "string" | "integer" | "long" | "double" | "float" | "boolean";
export type GexfValue = string | number | boolean | null | undefined;

export interface GexfAttribute {
  id: string;
  title: string;
  type: GexfAttributeType;
}

export interface GexfColour {
  r: number;
  g: number;
  b: number;
  /** 0–1 */
  a?: number;
}

export interface GexfNode {
  id: string;
  label?: string;
  attributes?: Record<string, GexfValue>;
  viz?: { x?: number; y?: number; size?: number; colour?: GexfColour };
}

export interface GexfEdge {
  id?: string;
  source: string;
  target: string;
  label?: string;
  weight?: number;
  kind?: string;
  attributes?: Record<string, GexfValue>;
  viz?: { colour?: GexfColour; thickness?: number; shape?: "solid" | "dotted" | "dashed" | "double" };
}

export interface GexfDocument {
  creator?: string;
  description?: string;
  keywords?: string;
  /** YYYY-MM-DD */
  lastModified?: string;
  defaultEdgeType?: "directed" | "undirected" | "mutual";
  nodeAttributes?: GexfAttribute[];
  edgeAttributes?: GexfAttribute[];
  nodes: Iterable<GexfNode>;
  edges: Iterable<GexfEdge>;
}

// XML 1.0 allows tab, LF, CR and these ranges; anything else (control characters, lone surrogates) makes the
// file unreadable, so it is dropped rather than escaped.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;" };

/** Text safe inside a double-quoted attribute or element content (line breaks survive attribute normalisation). */
export function escapeXml(value: string): string {
  return value.replace(NOT_XML_CHAR, "").replace(/[&<>"'\n\r\t]/g, (c) => ESCAPES[c]);
}

const num = (value: number) => (Number.isFinite(value) ? String(Math.round(value * 1e4) / 1e4) : "0");
const channel = (value: number) => String(Math.max(0, Math.min(255, Math.round(value))));

function colourXml(colour: GexfColour): string {
  const alpha = colour.a === undefined ? "" : ` a="${num(Math.max(0, Math.min(1, colour.a)))}"`;
  return `<viz:color r="${channel(colour.r)}" g="${channel(colour.g)}" b="${channel(colour.b)}"${alpha}/>`;
}

function attributeValue(type: GexfAttributeType, value: GexfValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (type === "boolean") return value === true || value === "true" ? "true" : "false";
  if (type === "integer" || type === "long") {
    const n = Number(value);
    return Number.isFinite(n) ? String(Math.trunc(n)) : undefined;
  }
  if (type === "double" || type === "float") {
    const n = Number(value);
    return Number.isFinite(n) ? String(n) : undefined;
  }
  return String(value);
}

function attributeDeclarations(kind: "node" | "edge", attributes: GexfAttribute[] | undefined): string {
  if (!attributes?.length) return "";
  const lines = attributes.map((a) => `      <attribute id="${escapeXml(a.id)}" title="${escapeXml(a.title)}" type="${a.type}"/>`);
  return `    <attributes class="${kind}">\n${lines.join("\n")}\n    </attributes>\n`;
}

function attvaluesXml(declared: GexfAttribute[] | undefined, values: Record<string, GexfValue> | undefined): string {
  if (!declared?.length || !values) return "";
  const parts: string[] = [];
  for (const attribute of declared) {
    const value = attributeValue(attribute.type, values[attribute.id]);
    if (value !== undefined) parts.push(`<attvalue for="${escapeXml(attribute.id)}" value="${escapeXml(value)}"/>`);
  }
  return parts.length ? `<attvalues>${parts.join("")}</attvalues>` : "";
}

function nodeXml(node: GexfNode, declared: GexfAttribute[] | undefined): string {
  const label = node.label === undefined ? "" : ` label="${escapeXml(node.label)}"`;
  let body = attvaluesXml(declared, node.attributes);
  const viz = node.viz;
  if (viz) {
    if (viz.colour) body += colourXml(viz.colour);
    if (viz.x !== undefined || viz.y !== undefined) body += `<viz:position x="${num(viz.x ?? 0)}" y="${num(viz.y ?? 0)}"/>`;
    if (viz.size !== undefined) body += `<viz:size value="${num(Math.max(0, viz.size))}"/>`;
  }
  return `      <node id="${escapeXml(node.id)}"${label}${body ? `>${body}</node>` : "/>"}`;
}

function edgeXml(edge: GexfEdge, index: number, declared: GexfAttribute[] | undefined): string {
  let head = `<edge id="${escapeXml(edge.id ?? `e${index}`)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"`;
  if (edge.label !== undefined) head += ` label="${escapeXml(edge.label)}"`;
  if (edge.kind !== undefined) head += ` kind="${escapeXml(edge.kind)}"`;
  if (edge.weight !== undefined && Number.isFinite(edge.weight)) head += ` weight="${num(edge.weight)}"`;
  let body = attvaluesXml(declared, edge.attributes);
  const viz = edge.viz;
  if (viz) {
    if (viz.colour) body += colourXml(viz.colour);
    if (viz.thickness !== undefined) body += `<viz:thickness value="${num(Math.max(0, viz.thickness))}"/>`;
    if (viz.shape) body += `<viz:shape value="${viz.shape}"/>`;
  }
  return `      ${head}${body ? `>${body}</edge>` : "/>"}`;
}

/** The whole document as one string (a 10k-node graph is a few MB: fine to hold, and Blob/Response take it as is). */
export function writeGexf(document: GexfDocument): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
  ];
  const meta: string[] = [];
  if (document.creator) meta.push(`    <creator>${escapeXml(document.creator)}</creator>`);
  if (document.keywords) meta.push(`    <keywords>${escapeXml(document.keywords)}</keywords>`);
  if (document.description) meta.push(`    <description>${escapeXml(document.description)}</description>`);
  if (meta.length || document.lastModified) {
    const date = document.lastModified ? ` lastmodifieddate="${escapeXml(document.lastModified)}"` : "";
    out.push(`  <meta${date}>`, ...meta, "  </meta>");
  }
  out.push(`  <graph defaultedgetype="${document.defaultEdgeType ?? "directed"}">`);
  const declarations = attributeDeclarations("node", document.nodeAttributes) + attributeDeclarations("edge", document.edgeAttributes);
  if (declarations) out.push(declarations.trimEnd());
  out.push("    <nodes>");
  for (const node of document.nodes) out.push(nodeXml(node, document.nodeAttributes));
  out.push("    </nodes>", "    <edges>");
  let index = 0;
  for (const edge of document.edges) out.push(edgeXml(edge, index++, document.edgeAttributes));
  out.push("    </edges>", "  </graph>", "</gexf>", "");
  return out.join("\n");
}
