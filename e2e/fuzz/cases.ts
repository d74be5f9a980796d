import { ENDPOINTS, ID_ONLY_ROUTES, type EndpointSpec, type JsonObject } from "./endpoints";
import { createRng, type Rng } from "./prng";
import type { Targets } from "./targets";
import { uploadCases } from "./upload-cases";
import { badValues, deepJunk, FUZZ_MARK, type FieldSpec, type Json } from "./values";

/** One request the fuzz sends; every one of them must be refused with a 4xx and leave nothing behind. */
export interface FuzzCase {
  id: string;
  endpoint: string;
  method: "POST" | "PATCH" | "DELETE";
  path: string;
  via: "token" | "session";
  /** Raw body text (sent as is) or a multipart form. */
  body?: string | Buffer;
  multipart?: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>;
  headers?: Record<string, string>;
  /** For a 422: the details must name one of these fields (dotted paths; a detail under one counts). */
  expectPaths?: string[];
  /** Sent twice (the same submission twice): both answers must be refusals. */
  twice?: boolean;
}

export const FUZZ_SEED = 0x5eed_2026;
/** Cases per JSON endpoint at least; random multi-field breakages fill up to it. */
const PER_ENDPOINT_MIN = 95;
const TEN_MB = 10 * 1024 * 1024;
const BAD_IDS = ["not-a-uuid", "1", "%27%20OR%201%3D1--", "00000000-0000-4000-8000-000000000000", "..%2F..%2Fetc%2Fpasswd", "x".repeat(300), "%3Cscript%3E"];
const JSON_TYPE = { "content-type": "application/json" };

const MALFORMED_JSON = ["{", '{"a":', "[1,2", "nul", "{'single':1}", '{"a":1,}', "\u0000\u0001", "<xml/>", "name=x&role=admin", "[".repeat(100_000), '{"a":"\\ud800"', "ÿþ{"];

function setAt(body: JsonObject, path: string[], value: Json | undefined): JsonObject {
  const copy = structuredClone(body);
  let node: JsonObject = copy;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== "object" || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as JsonObject;
  }
  const last = path[path.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

const describe = (value: Json | undefined): string => {
  const text = value === undefined ? "(missing)" : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…(${text.length})` : text;
};

function fieldCases(spec: EndpointSpec, t: Targets, next: () => number): FuzzCase[] {
  const out: FuzzCase[] = [];
  for (const field of spec.fields) {
    const values: (Json | undefined)[] = [...(field.required ? [undefined] : []), ...badValues(field)];
    for (const value of values) {
      const dotted = field.path.join(".");
      const body = setAt(spec.base(t, next()), field.path, value);
      out.push(jsonCase(spec, t, `${dotted}=${describe(value)}`, JSON.stringify(body), [dotted]));
    }
  }
  return out;
}

function jsonCase(spec: EndpointSpec, t: Targets, what: string, body: string, expectPaths?: string[], headers = JSON_TYPE): FuzzCase {
  const named = spec.namesField === false ? undefined : expectPaths;
  return { id: `${spec.name} ${what}`, endpoint: spec.name, method: spec.method, path: spec.path(t), via: spec.via, body, headers, expectPaths: named };
}

function wholeBodyCases(spec: EndpointSpec, t: Targets, next: () => number): FuzzCase[] {
  const base = spec.base(t, next());
  const valid = JSON.stringify(base);
  const out: FuzzCase[] = MALFORMED_JSON.map((text, i) => jsonCase(spec, t, `malformed JSON #${i}`, text));
  for (const text of ["null", "[]", "42", '"a string"', "true", `[${valid}]`, JSON.stringify(deepJunk(3000))]) {
    out.push(jsonCase(spec, t, `non-object body ${text.slice(0, 20)}`, text));
  }
  if (!spec.emptyBodyValid) out.push(jsonCase(spec, t, "empty object", "{}"), jsonCase(spec, t, "no body", ""));
  for (const type of ["text/plain", "application/x-www-form-urlencoded", "text/csv", "application/xml", "multipart/form-data; boundary=x"]) {
    out.push(jsonCase(spec, t, `content-type ${type}`, valid, undefined, { "content-type": type }));
  }
  const extras: [string, Json][] = [["isAdmin", true], ["role_override", "admin"], ["id", "00000000-0000-4000-8000-000000000000"], ["createdById", null], ["junk", deepJunk(500)], ["deletedAt", "2025-01-01T00:00:00Z"]];
  for (const [key, value] of extras) {
    if (spec.fields.some((field) => field.path.length === 1 && field.path[0] === key)) continue;
    out.push(jsonCase(spec, t, `unknown key ${key}`, JSON.stringify({ ...base, [key]: value }), [key]));
  }
  out.push(jsonCase(spec, t, "unknown key __proto__", `{"__proto__":{"polluted":"${FUZZ_MARK}"},${valid.slice(1)}`));
  if (spec.stale) out.push(jsonCase(spec, t, "stale lock", JSON.stringify(spec.stale(t))));
  if (spec.duplicate) {
    const duplicate = { ...jsonCase(spec, t, "duplicate of an existing row", JSON.stringify(spec.duplicate(t))), twice: true };
    out.push(duplicate);
  }
  if (spec.pathWithId) {
    for (const id of BAD_IDS) out.push({ ...jsonCase(spec, t, `bad id ${id.slice(0, 24)}`, valid), path: spec.pathWithId(id) });
  }
  return out;
}

function randomCases(spec: EndpointSpec, t: Targets, rng: Rng, next: () => number, count: number): FuzzCase[] {
  const out: FuzzCase[] = [];
  for (let i = 0; i < count; i++) {
    const fields = new Map<string, FieldSpec>();
    const wanted = 2 + rng.int(3);
    for (let tries = 0; fields.size < Math.min(wanted, spec.fields.length) && tries < 20; tries++) {
      const field = rng.pick(spec.fields);
      fields.set(field.path.join("."), field);
    }
    // A parent replaced after its child would drop the child's breakage (still bad, but keep the intent clear).
    const ordered = [...fields.values()].sort((a, b) => a.path.length - b.path.length);
    let body = spec.base(t, next());
    const parts: string[] = [];
    for (const field of ordered) {
      const value = rng.pick(badValues(field));
      body = setAt(body, field.path, value);
      parts.push(`${field.path.join(".")}=${describe(value)}`);
    }
    out.push(jsonCase(spec, t, `random #${i} ${parts.join(" ")}`, JSON.stringify(body), [...fields.keys()]));
  }
  return out;
}

/** A few 10 MB single fields: refused by size before parsing (413). Slow, so one per reader. */
function hugeCases(t: Targets, next: () => number): FuzzCase[] {
  const huge = `${FUZZ_MARK}${"A".repeat(TEN_MB)}`;
  const picks: [string, string[]][] = [
    ["POST /api/v1/persons", ["name"]],
    ["POST /api/sightings", ["item", "text"]],
    ["PATCH /api/items/:id", ["notes"]],
    ["POST /api/admin/users", ["name"]],
  ];
  return picks.map(([name, path]) => {
    const spec = ENDPOINTS.find((e) => e.name === name);
    if (!spec) throw new Error(`no endpoint ${name}`);
    return jsonCase(spec, t, `10 MB in ${path.join(".")}`, JSON.stringify(setAt(spec.base(t, next()), path, huge)));
  });
}

function idOnlyCases(): FuzzCase[] {
  return ID_ONLY_ROUTES.flatMap((route) =>
    BAD_IDS.map((id) => ({ id: `${route.name} bad id ${id.slice(0, 24)}`, endpoint: route.name, method: route.method, path: route.path(id), via: route.via, body: "", headers: JSON_TYPE })),
  );
}

export function generateCases(t: Targets, seed = FUZZ_SEED): FuzzCase[] {
  const rng = createRng(seed);
  let n = 0;
  const next = () => ++n;
  const cases: FuzzCase[] = [];
  for (const spec of ENDPOINTS) {
    const own = [...fieldCases(spec, t, next), ...wholeBodyCases(spec, t, next)];
    cases.push(...own, ...randomCases(spec, t, rng, next, Math.max(10, PER_ENDPOINT_MIN - own.length)));
  }
  cases.push(...hugeCases(t, next), ...idOnlyCases(), ...uploadCases(rng));
  // The same (bad) submission twice, with an Idempotency-Key on v1: refused both times, never stored.
  for (let i = 0; i < 30; i++) {
    const c = rng.pick(cases.filter((x) => x.method === "POST" && x.via === "token" && !x.twice));
    cases.push({ ...c, id: `${c.id} (sent twice, Idempotency-Key)`, twice: true, headers: { ...c.headers, "idempotency-key": `fuzz-${seed}-${i}` } });
  }
  return cases;
}
