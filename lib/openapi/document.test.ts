import fs from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { checkOpenApiDocument } from "./check-document";
import { buildOpenApiDocument } from "./document";

const ROOT = path.resolve(import.meta.dirname, "../..");
const API_DIR = path.join(ROOT, "app/api/v1");

/** Every app/api/v1 route file with the methods it exports, as OpenAPI path + method. */
function routeOperations(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const urlPath = "/api/v1/" + path.relative(API_DIR, dir).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, "{$1}")).join("/");
        const source = fs.readFileSync(full, "utf8");
        for (const [, method] of source.matchAll(/export const (GET|POST|PATCH|PUT|DELETE)\b/g)) out.push(`${method.toLowerCase()} ${urlPath.replace(/\/$/, "")}`);
      }
    }
  };
  walk(API_DIR);
  return out.sort();
}

describe("the OpenAPI document", () => {
  const doc = buildOpenApiDocument();

  it("is OpenAPI 3.1 in shape: version, resolving $refs, responses on every operation, declared path parameters", () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(checkOpenApiDocument(JSON.parse(JSON.stringify(doc)))).toEqual([]);
  });

  it("describes every route file under app/api/v1, and nothing that does not exist", () => {
    const documented = Object.entries(doc.paths)
      .flatMap(([p, item]) => Object.keys(item).filter((k) => ["get", "post", "patch", "put", "delete"].includes(k)).map((m) => `${m} ${p}`))
      .sort();
    const routes = routeOperations();
    expect(routes.length).toBeGreaterThan(30);
    expect(documented).toEqual(routes);
  });

  it("has schemas that compile as JSON Schema 2020-12", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: "doc", components: doc.components } as object);
    for (const name of Object.keys(doc.components.schemas)) {
      expect(() => ajv.getSchema(`doc#/components/schemas/${name}`)).not.toThrow();
    }
  });

  it("declares bearer auth, the error shape, idempotency and rate-limit headers", () => {
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.components.schemas.Error).toMatchObject({ required: ["error"] });
    const post = doc.paths["/api/v1/sightings"].post as { parameters: unknown[]; responses: Record<string, unknown> };
    expect(post.parameters).toContainEqual({ $ref: "#/components/parameters/IdempotencyKey" });
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(["201", "401", "403", "409", "422", "429"]));
    const list = doc.paths["/api/v1/items"].get as { parameters: { name: string }[] };
    expect(list.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(["limit", "cursor", "kind", "verdict", "country", "campaign", "updatedSince"]));
  });
});
