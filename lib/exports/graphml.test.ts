import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { GraphData } from "../graph/types";
import { writeGraphml } from "./graphml";
import { VALIDATORS_DIR } from "../testing/validators-dir";

const XSD = path.join(VALIDATORS_DIR, "graphml-1.0/graphml.xsd");

function validate(xml: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "graphml-")), "g.graphml");
  writeFileSync(file, xml);
  try {
    return execFileSync("xmllint", ["--noout", "--schema", XSD, file], { encoding: "utf8", stdio: "pipe" }) || "ok";
  } catch (error) {
    return `invalid: ${(error as { stderr?: string }).stderr ?? String(error)}`;
  }
}

const graph: GraphData = {
  nodes: [
    { id: "campaign:1", type: "campaign", label: "Matryoshka <Overload> & co", sightings: 12, campaigns: [], details: { status: "active" } },
    { id: "item:2", type: "item", label: "Fake \"BBC\" video\u0001", sightings: 3, campaigns: ["campaign:1"], url: "https://x.com/a?b=1&c=2", details: { kind: "video", verdict: "synthetic" } },
    { id: "domain:bbc-news.ltd", type: "domain", label: "bbc-news.ltd", sightings: 3, campaigns: [] },
  ],
  edges: [
    { id: "in_campaign:item:2>campaign:1", source: "item:2", target: "campaign:1", kind: "in_campaign", status: "suggested", confidence: 0.8 },
    { id: "hosted_on:item:2>domain:bbc-news.ltd", source: "item:2", target: "domain:bbc-news.ltd", kind: "hosted_on", status: "confirmed", confidence: 1 },
  ],
  truncated: false,
  totalNodes: 3,
  nodeCap: 100,
};

describe("writeGraphml", () => {
  it("writes GraphML the official XSD accepts, with escaped labels and typed attributes", () => {
    const xml = writeGraphml(graph, "test & graph");
    expect(validate(xml)).not.toMatch(/invalid/);
    expect(xml).toContain('<data key="n_label">Matryoshka &lt;Overload&gt; &amp; co</data>');
    expect(xml).toContain('<edge id="e0" source="n1" target="n0"><data key="e_sightline_id">in_campaign:item:2&gt;campaign:1</data>');
    expect(xml).toContain('attr.name="confidence" attr.type="double"');
    expect(xml).not.toContain("\u0001");
  });

  it("the check can fail: a raw Sightline id as a GraphML id is refused", () => {
    const xml = writeGraphml(graph).replace('<node id="n0">', '<node id="campaign:1>x">');
    expect(validate(xml)).toMatch(/invalid/);
  });
});
