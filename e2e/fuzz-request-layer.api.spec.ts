import net from "node:net";
import { expect, test } from "@playwright/test";
import { auditEventIds, createFuzzActor, type FuzzActor } from "./fuzz/actor";
import { examplePath, ROUTE_TABLE, type RouteRule } from "./route-table";

/**
 * Issue #11, the request layer: what a hostile client sends that is not a bad field but a bad request. Sent by a
 * dedicated admin (so "nothing was written" is its unchanged audit trail) with Node's fetch, which lets the test set
 * exactly the headers a browser or a script would: cross-origin posts with the admin's cookies, bodies without
 * Content-Type, chunked bodies past the limits without Content-Length, NUL in every query parameter, JSON nested
 * 10,000 levels. Every answer must be a 4xx in the one error shape — never a 5xx, never a 2xx — and the admin's
 * audit trail must be the same afterwards.
 */
const WRITES = ROUTE_TABLE.filter((r) => r.method !== "GET");
const READS = ROUTE_TABLE.filter((r) => r.method === "GET" && !r.route.includes("[...all]"));
const FOREIGN = "http://127.0.0.1:1";

interface Sent {
  label: string;
  status: number;
  code?: string;
  details?: { path: string }[];
}

let actor: FuzzActor;
let cookie: string;
let base: string;
let auditBefore: string[];
const run = Date.now().toString(36);

test.beforeAll(async ({ request, baseURL }) => {
  base = baseURL as string;
  actor = await createFuzzActor(request, base, `rl-${run}`, 0);
  cookie = (await actor.session.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  auditBefore = await auditEventIds(request, actor.userId);
});

test.afterAll(async ({ request }) => {
  // Nothing any case below sent was written: the admin that sent them all has no new audit event.
  expect(await auditEventIds(request, actor.userId)).toEqual(auditBefore);
  await actor.dispose();
});

async function send(label: string, rule: Pick<RouteRule, "method">, path: string, init: { headers?: Record<string, string>; body?: BodyInit }): Promise<Sent> {
  const response = await fetch(`${base}${path}`, {
    method: rule.method,
    headers: { cookie, ...init.headers },
    body: init.body,
    redirect: "manual",
    ...(init.body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  const text = await response.text();
  return { label, status: response.status, ...errorOf(text) };
}

/** The one error shape; better-auth's own routes answer theirs ({ code, message }). */
function errorOf(text: string): Pick<Sent, "code" | "details"> {
  try {
    const body = JSON.parse(text) as { error?: { code?: string; details?: { path: string }[] }; code?: string };
    return { code: body.error?.code ?? body.code, details: body.error?.details };
  } catch {
    return {}; // not JSON: reported as a missing error shape
  }
}

/**
 * A chunked POST (no Content-Length) of `bytes`, written on a raw socket until the server answers, as curl does:
 * the server stops reading at the limit, answers, and closes; Node's http client (and fetch) often report that
 * close as a reset before the answer they already received, so the answer is read from the socket directly.
 */
function sendChunked(label: string, path: string, headers: Record<string, string>, bytes: number, prefix = ""): Promise<Sent> {
  return new Promise((resolve) => {
    const url = new URL(base);
    const socket = net.connect(Number(url.port), url.hostname);
    let received = "";
    let sent = 0;
    let done = false;
    const answer = () => received.replace(/^HTTP\/1\.1 100[^\r]*\r\n\r\n/, "");
    const finish = (why: string) => {
      if (done) return;
      done = true;
      socket.destroy();
      const text = answer();
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      const body = text.slice(text.indexOf("\r\n\r\n") + 4);
      const json = body.slice(body.indexOf("{"), body.lastIndexOf("}") + 1);
      resolve({ label: status ? label : `${label} (${why}, no answer)`, status, ...errorOf(json) });
    };
    socket.on("data", (data: Buffer) => {
      received += data.toString("utf8");
      if (/\r\n0\r\n\r\n$/.test(answer())) finish("end");
    });
    socket.on("error", (error: NodeJS.ErrnoException) => finish(error.code ?? "error"));
    socket.on("close", () => finish("closed"));
    const head = Object.entries({ ...headers, host: url.host, "transfer-encoding": "chunked" }).map(([k, v]) => `${k}: ${v}\r\n`).join("");
    const frame = (data: Buffer) => Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from("\r\n")]);
    socket.write(`POST ${path} HTTP/1.1\r\n${head}\r\n`);
    if (prefix) socket.write(frame(Buffer.from(prefix)));
    const chunk = frame(Buffer.alloc(64 * 1024, 0x20));
    const pump = () => {
      while (!done && sent < bytes) {
        sent += 64 * 1024;
        if (!socket.write(chunk)) return void socket.once("drain", pump);
      }
      if (!done) socket.write("0\r\n\r\n");
    };
    pump();
  });
}

/** The cases that were not a 4xx in the one error shape. */
function problems(sent: Sent[], expected?: (s: Sent) => boolean): string[] {
  return sent
    .filter((s) => s.status < 400 || s.status >= 500 || !s.code || (expected && !expected(s)))
    .map((s) => `${s.label} → ${s.status} ${s.code ?? "(no error shape)"} ${JSON.stringify(s.details ?? [])}`);
}

const jsonBody = JSON.stringify({ name: `request-layer ${run}`, email: `rl-${run}@example.org`, role: "admin", scope: "write", expiresInDays: 1 });

test("cross-origin writes carrying the admin's cookies are refused (403) on every state-changing route", async () => {
  const sent: Sent[] = [];
  for (const rule of WRITES) {
    const path = rule.route === "/api/auth/[...all]" ? "/api/auth/sign-out" : examplePath(rule);
    const json = { "content-type": "application/json" };
    sent.push(await send(`${rule.method} ${path} Origin`, rule, path, { headers: { ...json, origin: FOREIGN }, body: jsonBody }));
    sent.push(await send(`${rule.method} ${path} same-site`, rule, path, { headers: { ...json, origin: FOREIGN, "sec-fetch-site": "same-site" }, body: jsonBody }));
    sent.push(await send(`${rule.method} ${path} cross-site`, rule, path, { headers: { "content-type": "text/plain", "sec-fetch-site": "cross-site" }, body: jsonBody }));
    sent.push(await send(`${rule.method} ${path} null`, rule, path, { headers: { ...json, origin: "null" }, body: jsonBody }));
  }
  expect(sent.length).toBe(WRITES.length * 4);
  expect(problems(sent, (s) => s.status === 403 && s.code === "cross_origin_request")).toEqual([]);
});

test("a JSON body without Content-Type, or as text/plain, is refused", async () => {
  const sent: Sent[] = [];
  for (const rule of WRITES.filter((r) => r.route !== "/api/imports" && r.route !== "/api/evidence" && r.route !== "/api/auth/[...all]")) {
    const path = examplePath(rule);
    sent.push(await send(`${rule.method} ${path} no type`, rule, path, { body: new TextEncoder().encode(jsonBody) }));
    sent.push(await send(`${rule.method} ${path} text/plain`, rule, path, { headers: { "content-type": "text/plain" }, body: jsonBody }));
  }
  expect(problems(sent)).toEqual([]);
  // Where the body is read at all (not 404 for the dummy id first), the reason is the type.
  const read = sent.filter((s) => s.status !== 404 && s.status !== 403 && s.status !== 409);
  expect(read.length).toBeGreaterThan(20);
  expect(read.filter((s) => s.status !== 415).map((s) => `${s.label} ${s.status}`)).toEqual([]);
});

test("chunked bodies past the limit without Content-Length are cut off with 413, signed in or not", async () => {
  test.setTimeout(180_000);
  const sent: Sent[] = [];
  const json = { "content-type": "application/json" };
  for (const rule of WRITES.filter((r) => r.route !== "/api/imports" && r.route !== "/api/evidence" && r.method === "POST")) {
    const path = rule.route === "/api/auth/[...all]" ? "/api/auth/sign-in/email" : examplePath(rule);
    sent.push(await sendChunked(`${rule.method} ${path} 3 MB chunked`, path, { ...json, cookie }, 3 * 1024 * 1024, '{"name":"'));
  }
  // Unauthenticated: the invitation link and better-auth read bodies before any session exists.
  for (const path of ["/api/invitations/accept", "/api/auth/sign-in/email"]) {
    sent.push(await sendChunked(`anonymous ${path}`, path, json, 8 * 1024 * 1024, '{"token":"'));
  }
  const boundary = "----fuzz";
  const multipart = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\nContent-Type: text/csv\r\n\r\n`;
  sent.push(await sendChunked("POST /api/imports 60 MB chunked", "/api/imports", { "content-type": `multipart/form-data; boundary=${boundary}`, cookie }, 60 * 1024 * 1024, multipart));
  expect(problems(sent)).toEqual([]);
  const cut = sent.filter((s) => s.status === 413);
  expect(cut.length, JSON.stringify(sent.filter((s) => s.status !== 413))).toBeGreaterThan(25);
  expect(sent.find((s) => s.label.startsWith("anonymous /api/invitations"))?.status).toBe(413);
  expect(sent.find((s) => s.label.startsWith("anonymous /api/auth"))?.status).toBe(413);
  expect(sent.find((s) => s.label === "POST /api/imports 60 MB chunked")?.status).toBe(413);
});

const NUL_PARAMS = ["q", "platform", "label", "category", "country", "language", "verdict", "campaignId", "from", "cursor"];

test("NUL in any query parameter is a 422 naming the parameter, on every read route", async () => {
  const sent: Sent[] = [];
  for (const rule of READS) {
    for (const param of NUL_PARAMS) {
      const path = `${examplePath(rule)}?${param}=a%00b`;
      sent.push({ ...(await send(`GET ${path}`, rule, path, {})), label: `${rule.route} ${param}` });
    }
  }
  expect(sent.length).toBeGreaterThanOrEqual(32);
  expect(problems(sent, (s) => s.status === 422 && s.details?.[0]?.path === s.label.split(" ")[1])).toEqual([]);
});

test("NUL in the names and texts of bodies is a 422 naming the field", async () => {
  const json = { "content-type": "application/json" };
  const bodies: [string, string, unknown, string][] = [
    ["POST", "/api/v1/campaigns", { name: "a\u0000b" }, "name"],
    ["POST", "/api/campaigns", { name: "a\u0000b" }, "name"],
    ["POST", "/api/v1/persons", { name: "a\u0000b" }, "name"],
    ["POST", "/api/v1/narratives", { name: "a\u0000b" }, "name"],
    ["POST", "/api/admin/users", { email: `nul-${run}@example.org`, name: "a\u0000b", role: "researcher" }, "name"],
    ["POST", "/api/tokens", { name: "a\u0000b", scope: "read", expiresInDays: 1 }, "name"],
    ["POST", "/api/v1/sightings", { item: { kind: "post", title: "t\u0000", url: "https://example.org/nul" }, sighting: { observedAt: "2025-01-01T00:00:00Z" } }, "item.title"],
    ["POST", "/api/sightings", { item: { kind: "post", title: "ok", url: "https://example.org/nul2" }, sighting: { observedAt: "2025-01-01T00:00:00Z", notes: "x\u0000" } }, "sighting.notes"],
  ];
  const sent: Sent[] = [];
  for (const [method, path, body, field] of bodies) {
    sent.push({ ...(await send(`${method} ${path}`, { method: method as "POST" }, path, { headers: json, body: JSON.stringify(body) })), label: field });
  }
  expect(problems(sent, (s) => s.status === 422 && s.details?.[0]?.path === s.label)).toEqual([]);
});

test("JSON nested 10,000 levels deep is a 4xx on every JSON route and as an import file", async () => {
  const deep = "[".repeat(10_000) + "]".repeat(10_000);
  const sent: Sent[] = [];
  for (const rule of WRITES.filter((r) => r.route !== "/api/imports" && r.route !== "/api/evidence")) {
    const path = rule.route === "/api/auth/[...all]" ? "/api/auth/sign-in/email" : examplePath(rule);
    sent.push(await send(`${rule.method} ${path}`, rule, path, { headers: { "content-type": "application/json" }, body: deep }));
  }
  for (const [name, content] of [
    ["deep.json", `[${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}]`],
    ["deep-stix.json", `{"type":"bundle","id":"bundle--0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9","objects":[{"type":"indicator","x":${deep}}]}`],
  ]) {
    const form = new FormData();
    form.set("file", new Blob([content]), name);
    if (name.includes("stix")) form.set("format", "stix");
    sent.push(await send(`POST /api/imports ${name}`, { method: "POST" }, "/api/imports", { body: form }));
  }
  expect(problems(sent)).toEqual([]);
});
