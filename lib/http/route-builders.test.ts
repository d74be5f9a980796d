import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The cross-origin and NUL checks live in the two route builders (lib/http/guard-request.ts); they protect a route
 * only if it is built with one. This fails when any handler in app/api is exported another way.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const HANDLER = /export\s+(const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b\s*(=\s*(\w+))?/g;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

const handlers = routeFiles(path.join(ROOT, "app/api")).flatMap((file) =>
  [...fs.readFileSync(file, "utf8").matchAll(HANDLER)].map((m) => ({
    where: `${m[2]} ${path.relative(ROOT, file)}`,
    builder: m[1] === "const" ? (m[4] ?? null) : null,
  })),
);

describe("every API handler goes through a route builder", () => {
  it("finds the handlers", () => {
    expect(handlers.length).toBeGreaterThan(50);
  });

  it("is apiRoute(...) or v1Route(...) (or heavyRoute, which is built on apiRoute), never a bare function", () => {
    const builders = new Set(["apiRoute", "v1Route", "heavyRoute"]);
    const bare = handlers.filter((h) => !builders.has(h.builder ?? "")).map((h) => h.where);
    expect(bare).toEqual([]);
    expect(fs.readFileSync(path.join(ROOT, "lib/http/heavy-route.ts"), "utf8")).toMatch(/return apiRoute</);
  });
});
