import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFile } from "../imports/import-file";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { assignmentRows, assignmentsCsv } from "./assignments";
import { runClusterJob } from "./jobs/run-job";
import { claimClusterRun, requestClusterRun } from "./jobs/runs";

const SCRIPT = "Professor Alan Read says that Macron is a weak leader who betrays France and that the French people must stop paying for a foreign war before the winter comes";
const variant = (k: number) => SCRIPT.split(" ").filter((_, i) => i !== 3 + k).join(" ");

describe("assignments: one row per item and suggestion, from a saved run", () => {
  let db: TestDatabase;
  let csv: string;
  let rows: Record<string, string>[];
  beforeAll(async () => {
    db = await createTestDatabase();
    const file = path.join(mkdtempSync(path.join(tmpdir(), "assignments-")), "in.csv");
    const lines = ["key,url,text,date",
      // Rows 0 and 1: the same text re-posted (one content); row 2: a one-word edit (same campaign, other content).
      ...[0, 0, 2].map((v, k) => `row-${k},https://fake${k}.example/a,${variant(v)},2025-02-03`),
      "row-9,https://other.example/b,=A cooking video about dumplings with nothing in common with anything else here,2025-03-01"];
    writeFileSync(file, `${lines.join("\n")}\n`);
    await importFile(db.prisma, file, { actor: { kind: "system" }, mapping: { columns: { key: "rowKey", url: "item.url", text: "item.text", date: "sighting.observedAt" }, defaultKind: "other" } });
    const { run } = await requestClusterRun(db.prisma, { kind: "system" });
    const claim = await claimClusterRun(db.prisma, run.id);
    expect(await runClusterJob(db.prisma, claim!)).toBe("completed");
    csv = assignmentsCsv(await assignmentRows(db.prisma, run.id));
    rows = parse(csv, { columns: true }) as Record<string, string>[];
  });
  afterAll(async () => db?.destroy());

  it("gives each item its row key, URL, content cluster, suggestion and top reason", () => {
    expect(csv.split("\r\n")[0]).toBe("item_id,canonical_url,row_key,content_cluster,suggestion_id,suggested_campaign_id,top_reason");
    const byKey = new Map(rows.map((r) => [r.row_key, r]));
    expect([...byKey.keys()].sort()).toEqual(["key:row-0", "key:row-1", "key:row-2", "key:row-9"]);
    const copies = ["key:row-0", "key:row-1", "key:row-2"].map((k) => byKey.get(k)!);
    expect(copies[0].content_cluster).toBe(copies[1].content_cluster);
    expect(copies[2].content_cluster).not.toBe(copies[0].content_cluster);
    expect(copies[0].suggestion_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(copies.map((r) => r.suggestion_id)).size).toBe(1);
    expect(copies[0].suggested_campaign_id).toBe("");
    expect(copies[0].top_reason).toMatch(/near-identical/);
    expect(copies[0].canonical_url).toContain("fake0.example");
    const other = byKey.get("key:row-9")!;
    expect(other.content_cluster).not.toBe(copies[0].content_cluster);
    expect(other.suggestion_id).toBe("");
  });
});
