import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_IMPORT_COLUMNS, scanFile } from "./scan-file";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "scan-file-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function file(name: string, content: string): Promise<string> {
  const target = path.join(dir, name);
  await writeFile(target, content);
  return target;
}

const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

describe("scanFile refuses what could never be imported, with a 4xx naming the file", () => {
  it("a 100k-column CSV (its mapping would not fit a request body)", async () => {
    const columns = Array.from({ length: 100_000 }, (_, i) => `c${i}`);
    const csv = await file("wide.csv", `${columns.join(",")}\n${columns.map(() => "x").join(",")}\n`);
    await expect(scanFile(csv, "csv")).rejects.toMatchObject({ status: 422, code: "too_many_columns", details: [{ path: "file" }] });
  });

  it("keeps a file at the column limit", async () => {
    const columns = Array.from({ length: MAX_IMPORT_COLUMNS }, (_, i) => `c${i}`);
    const csv = await file("at-limit.csv", `${columns.join(",")}\n${columns.map(() => "x").join(",")}\n`);
    expect((await scanFile(csv, "csv")).headers).toHaveLength(MAX_IMPORT_COLUMNS);
  });

  it("a deeply nested JSON document is a malformed file, not a stack overflow", async () => {
    const json = await file("deep.json", `[${nested(100_000)}]`);
    await expect(scanFile(json, "json")).rejects.toMatchObject({ status: 422, code: "malformed_file" });
  });

  it("a deeply nested JSONL row is a failed row; the others still read", async () => {
    const jsonl = await file("deep.jsonl", `{"title":"ok"}\n${nested(100_000)}\n`);
    const scan = await scanFile(jsonl, "jsonl");
    expect(scan.totalRows).toBe(2);
    expect(scan.sample[1]?.error?.reason).toMatch(/nested deeper/);
  });

  it("a deeply nested STIX bundle is a malformed file", async () => {
    const bundle = `{"type":"bundle","id":"bundle--0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9","objects":[{"type":"indicator","x":${nested(100_000)}}]}`;
    await expect(scanFile(await file("deep.stix.json", bundle), "stix")).rejects.toMatchObject({ status: 422, code: "malformed_file" });
  });
});
