import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { escapeXml, writeGexf } from "./gexf";
import { graphToGexf } from "./graph-gexf";
import type { GraphData } from "./types";
import { VALIDATORS_DIR } from "../testing/validators-dir";

// The official GEXF 1.3 RelaxNG schema (gephi/gexf), vendored in lib/testing/validators; xmllint is libxml2-utils.
const SCHEMA = path.join(VALIDATORS_DIR, "gexf-1.3/gexf.rng");
const dir = mkdtempSync(path.join(tmpdir(), "gexf-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(xml: string): { ok: boolean; output: string } {
  const file = path.join(dir, `g${Math.random().toString(36).slice(2)}.gexf`);
  writeFileSync(file, xml);
  try {
    execFileSync("xmllint", ["--noout", "--relaxng", SCHEMA, file], { encoding: "utf8", stdio: "pipe" });
    return { ok: true, output: "" };
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: string }).stderr ?? error) };
  }
}

const nasty = 'Ünïcødé "quotes" & <tags> \'apos\' \u0007bell\ud800lone 🙂\nline';

const graph: GraphData = {
  nodes: [
    { id: "campaign:1", type: "campaign", label: "Matryoshka", sightings: 12, campaigns: [] },
    { id: "item:2", type: "item", label: nasty, sightings: 3, campaigns: ["campaign:1"], url: "https://example.com/?a=1&b=2" },
    { id: "person:3", type: "person", label: "Alan Read", sightings: 0, campaigns: [] },
  ],
  edges: [
    { id: "e1", source: "item:2", target: "campaign:1", kind: "in_campaign", status: "suggested", confidence: 0.72 },
    { id: "e2", source: "item:2", target: "person:3", kind: "impersonates", status: "confirmed", confidence: 1 },
  ],
  truncated: false,
  totalNodes: 3,
  nodeCap: 5000,
};

describe("writeGexf", () => {
  it("writes a graph with attributes, positions, colours and sizes that the GEXF 1.3 schema accepts", () => {
    const xml = graphToGexf(graph, { positions: Float32Array.of(0, 0, 10.5, -3.25, -7, 8), lastModified: "2026-11-26", description: nasty });
    const result = validate(xml);
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
    expect(xml).toContain('<attvalue for="url" value="https://example.com/?a=1&amp;b=2"/>');
    expect(xml).toContain('<viz:position x="10.5" y="3.25"/>');
    expect(xml).toContain('<viz:shape value="dashed"/>');
    expect(xml).not.toContain("\u0007");
  });

  it("writes an empty graph and a graph without viz or attributes that validate", () => {
    expect(validate(writeGexf({ nodes: [], edges: [] })).ok).toBe(true);
    const bare = writeGexf({ defaultEdgeType: "undirected", nodes: [{ id: "a" }, { id: "b" }], edges: [{ source: "a", target: "b" }] });
    expect(validate(bare).ok).toBe(true);
  });

  it("is refused by the validator when the document is wrong (the check can fail)", () => {
    const xml = graphToGexf(graph).replace('version="1.3"', 'version="1.2"');
    expect(validate(xml).ok).toBe(false);
  });

  it("is deterministic: the same graph gives the same bytes", () => {
    expect(graphToGexf(graph)).toBe(graphToGexf(structuredClone(graph)));
  });

  it("escapes markup, keeps line breaks in attributes and drops characters XML cannot hold", () => {
    expect(escapeXml('a&b<c>"d\'\n\u0000\ud800😀')).toBe("a&amp;b&lt;c&gt;&quot;d&apos;&#10;😀");
  });
});
