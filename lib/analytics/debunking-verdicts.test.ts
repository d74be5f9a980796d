import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEBUNKING_VERDICTS } from "./schemas";

const MIGRATIONS = path.join(process.cwd(), "prisma", "migrations");

/** The verdict list inside the newest migration that (re)defines analytics_debunked_at. */
function sqlDebunkingVerdicts(): string[] {
  const definitions = fs
    .readdirSync(MIGRATIONS)
    .sort()
    .map((dir) => path.join(MIGRATIONS, dir, "migration.sql"))
    .filter((file) => fs.existsSync(file))
    .map((file) => fs.readFileSync(file, "utf8"))
    .map((sql) => sql.match(/FUNCTION analytics_debunked_at\([\s\S]*?\$\$([\s\S]*?)\$\$/)?.[1])
    .filter((body): body is string => body !== undefined);
  const newest = definitions.at(-1);
  if (!newest) throw new Error("no migration defines analytics_debunked_at");
  const list = newest.match(/'verdict'\s+IN\s*\(([^)]*)\)/)?.[1];
  if (!list) throw new Error("analytics_debunked_at has no verdict IN (…) list");
  return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

// The rollups' first-debunk time (SQL, maintained by triggers) and the time-to-debunk chart's item set (TypeScript)
// must agree on which verdicts debunk, or the chart would count items whose debunk time is never recorded.
describe("debunking verdicts", () => {
  it("are the same in the analytics_debunked_at SQL function and in DEBUNKING_VERDICTS", () => {
    expect(sqlDebunkingVerdicts().sort()).toEqual([...DEBUNKING_VERDICTS].sort());
  });
});
