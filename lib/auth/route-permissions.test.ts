import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROUTE_TABLE, type RouteRule } from "../../e2e/route-table";

/**
 * Keeps e2e/route-table.ts (proven per role by e2e/roles.api.spec.ts) in step with the code: every handler of every
 * app/api/**\/route.ts is in the table with the permission it actually checks, and nothing in the table is stale.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const METHODS = /export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g;

interface FoundHandler {
  file: string;
  route: string;
  method: string;
  /** The permission handed to authorise() or v1Route(); null when the handler checks none. */
  permission: string | null;
  sessionOnly: boolean;
}

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

const permissionIn = (text: string) =>
  (
    /\bauthorise\(\s*[\w.]+\s*,\s*"(\w+)"/.exec(text) ??
    /\bv1Route(?:<[^>]*>)?\(\s*"(\w+)"/.exec(text) ??
    // heavyRoute(kind, permission, …) authorises before the fair share (lib/http/heavy-route.ts)
    /\bheavyRoute(?:<[^>]*>)?\(\s*"\w+"\s*,\s*"(\w+)"/.exec(text)
  )?.[1] ?? null;

/** Each exported handler with the permission it checks: in its own body, else in a helper of the same file. */
function handlersOf(file: string): FoundHandler[] {
  const source = fs.readFileSync(file, "utf8");
  const relative = path.relative(ROOT, file).split(path.sep).join("/");
  const route = `/${path.posix.dirname(relative).replace(/^app\//, "")}`;
  const starts = [...source.matchAll(METHODS)];
  return starts.map((match, i) => {
    const block = source.slice(match.index, starts[i + 1]?.index ?? source.length);
    return {
      file: relative,
      route,
      method: match[1],
      permission: permissionIn(block) ?? permissionIn(source),
      sessionOnly: /\bassertSession\(/.test(block),
    };
  });
}

const found = routeFiles(path.join(ROOT, "app/api")).flatMap(handlersOf);
const key = (h: { method: string; route: string }) => `${h.method} ${h.route}`;
const table = new Map<string, RouteRule>(ROUTE_TABLE.map((rule) => [key(rule), rule]));

describe("the route permission table (e2e/route-table.ts)", () => {
  it("finds the API routes", () => {
    expect(found.length).toBeGreaterThan(10);
  });

  it("lists every route handler in app/api", () => {
    const missing = found.filter((h) => !table.has(key(h)));
    const lines = missing.map(
      (h) => `${h.file} exports ${h.method} but the table has no line for it; add:\n  { method: "${h.method}", route: "${h.route}", access: "${h.permission ?? "public"}" },`,
    );
    expect(lines, `Routes missing from e2e/route-table.ts:\n${lines.join("\n")}`).toEqual([]);
  });

  it("has the permission each handler really checks, and a check wherever one is due", () => {
    const problems = found.flatMap((h) => {
      const rule = table.get(key(h));
      if (!rule) return [];
      const open = rule.access === "public" || rule.access === "token-checked";
      if (open && h.permission) return [`${h.method} ${h.route} is listed as ${rule.access} but calls authorise with "${h.permission}"`];
      if (!open && !h.permission) {
        return [`${h.method} ${h.route} (${h.file}) calls neither authorise(request, …) nor v1Route(…); check the role, or list it as public / token-checked`];
      }
      if (!open && h.permission !== rule.access) return [`${h.method} ${h.route} checks "${h.permission}" but the table says "${rule.access}"`];
      if (Boolean(rule.sessionOnly) !== h.sessionOnly) return [`${h.method} ${h.route}: sessionOnly in the table is ${Boolean(rule.sessionOnly)}, the handler says ${h.sessionOnly}`];
      return [];
    });
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("has no line for a route that no longer exists, and no line twice", () => {
    const present = new Set(found.map(key));
    const stale = ROUTE_TABLE.filter((rule) => !present.has(key(rule))).map(key);
    expect(stale, `Stale lines in e2e/route-table.ts: ${stale.join(", ")}`).toEqual([]);
    expect(table.size).toBe(ROUTE_TABLE.length);
  });
});
