import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FIXTURE = path.join(import.meta.dirname, "fixtures", "sightings.csv");

// The CLI opens its own PGlite folder; one run is enough, so the PostgreSQL project skips it.
describe.skipIf(process.env.SIGHTLINE_TEST_DB === "postgres")("npm run import (CLI)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "sightline-cli-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/import.ts", ...args], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: path.join(dir, "pglite"), SIGHTLINE_DATA_DIR: dir },
    });

  it("prints the report, values kept as written by column, and exits 1 when rows failed", () => {
    const result = run(FIXTURE);
    expect(result.stdout).toMatch(/created\s+5/);
    expect(result.stdout).toMatch(/failed\s+1/);
    expect(result.stdout).toMatch(/\s4\s+seen_at: /);
    expect(result.stdout).toMatch(/target_country: 1 — "Atlantis" ×1/);
    expect(result.status).toBe(1);
  }, 120_000);

  it("--dry-run prints per column what reads and what is kept, writes nothing; --set adds a constant, a bad one exits 2", () => {
    const result = run(FIXTURE, "--dry-run", "--set", "verdict=false");
    expect(result.stdout).toMatch(/7 rows: 6 would import, 1 would fail\. Nothing was written/);
    expect(result.stdout).toMatch(/target_country → Target countries .* 6\/7 read/);
    expect(result.stdout).toMatch(/"Atlantis" ×1: kept raw/);
    expect(result.stdout).toMatch(/"item.verdict":"false"/);
    const bad = run(FIXTURE, "--dry-run", "--set", "observedAt=someday");
    expect(bad.stderr).toMatch(/constants.sighting.observedAt: must be an ISO 8601 date/);
    expect(bad.status).toBe(2);
  }, 120_000);

  it("exits 2 with a clear message for a file it cannot import", () => {
    const result = run(path.join(import.meta.dirname, "fixtures", "stix", "bad_empty_objects.json"));
    expect(result.stderr).toMatch(/no objects/);
    expect(result.status).toBe(2);
  }, 120_000);
});
