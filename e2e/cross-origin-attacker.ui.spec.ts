import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIRequestContext, type BrowserContext } from "@playwright/test";
import { auditEventIds } from "./fuzz/actor";
import { DUMMY_ID, examplePath, ROUTE_TABLE } from "./route-table";

/**
 * Issue #11, CSRF: a page on ANOTHER PORT of the same host is same-site, so the victim's SameSite=Lax session cookie
 * rides along on everything it sends. On the old code its `fetch(…, { mode: "no-cors", credentials: "include" })`
 * with a Blob body created an admin account. Here a signed-in admin opens such a page, which fires every
 * state-changing route of the route table (no-cors fetches with text/plain and multipart bodies, CORS fetches for
 * PATCH/DELETE, a plain HTML form post), and afterwards nothing has changed: the admin's audit trail (every write
 * records an event), the people, tokens and import jobs are as before, and the admin is still signed in.
 */
interface Attack {
  method: string;
  path: string;
  body: "json-as-text" | "multipart-csv" | "none";
  json?: unknown;
}

const EMPTY = { cookies: [], origins: [] };
const run = Date.now().toString(36);
const ATTACKER_EMAIL = `csrf-attacker-${run}@example.org`;
const VICTIM_PASSWORD = `Victim-${run}-k7#Qz!pL2w`;

/** Bodies that would really do harm if accepted; every other route gets the same JSON-as-text probe. */
const HARMFUL: Record<string, unknown> = {
  "POST /api/admin/users": { email: ATTACKER_EMAIL, name: "Attacker", role: "admin", password: `Attacker-${run}-pass!9` },
  "POST /api/admin/invitations": { email: `csrf-invite-${run}@example.org`, name: "Attacker", role: "admin" },
  "POST /api/tokens": { name: `csrf-${run}`, scope: "write", expiresInDays: 30 },
  "POST /api/v1/campaigns": { name: `CSRF campaign ${run}` },
  "POST /api/campaigns": { name: `CSRF campaign ${run}` },
};

function attacks(): Attack[] {
  const list: Attack[] = [];
  for (const rule of ROUTE_TABLE.filter((r) => r.method !== "GET")) {
    const key = `${rule.method} ${rule.route}`;
    if (key === "POST /api/imports") {
      list.push({ method: "POST", path: "/api/imports", body: "multipart-csv" });
      continue;
    }
    const path = key === "POST /api/auth/[...all]" ? "/api/auth/sign-out" : examplePath(rule);
    list.push({ method: rule.method, path, body: "json-as-text", json: HARMFUL[key] ?? { id: DUMMY_ID, name: `csrf ${run}` } });
  }
  return list;
}

/** The attacker's page: fires every attack at the app with the visitor's cookies, then a classic form post. */
function attackerPage(appOrigin: string, list: Attack[]): string {
  const formBody = JSON.stringify(HARMFUL["POST /api/admin/users"]).slice(0, -1);
  return `<!doctype html><html><body>
<iframe name="sink" style="display:none"></iframe>
<form id="form" method="POST" action="${appOrigin}/api/admin/users" enctype="text/plain" target="sink">
  <input name='${formBody},"x":"' value='"}'>
</form>
<script>
const app = ${JSON.stringify(appOrigin)};
const attacks = ${JSON.stringify(list)};
async function fire(a) {
  let body;
  if (a.body === "json-as-text") body = new Blob([JSON.stringify(a.json)], { type: "text/plain" });
  if (a.body === "multipart-csv") {
    body = new FormData();
    body.set("file", new Blob(["title,url\\nCSRF ${run},https://example.org/csrf\\n"], { type: "text/csv" }), "csrf.csv");
  }
  // no-cors allows only simple methods; PATCH/DELETE go as CORS requests, which need a preflight the app never grants.
  const simple = a.method === "POST";
  try {
    await fetch(app + a.path, { method: a.method, mode: simple ? "no-cors" : "cors", credentials: "include", body });
  } catch {}
}
(async () => {
  for (const a of attacks) await fire(a);
  document.getElementById("form").submit();
  document.title = "fired";
})();
</script></body></html>`;
}

async function startAttacker(html: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function signedInVictim(admin: APIRequestContext, context: BrowserContext) {
  const email = `csrf-victim-${run}@example.org`;
  const made = await admin.post("/api/admin/users", { data: { email, name: `CSRF victim ${run}`, role: "admin", password: VICTIM_PASSWORD } });
  expect(made.status(), await made.text()).toBe(201);
  const { id } = (await made.json()) as { id: string };
  const signIn = await context.request.post("/api/auth/sign-in/email", { data: { email, password: VICTIM_PASSWORD } });
  expect(signIn.status(), await signIn.text()).toBe(200);
  return id;
}

async function snapshot(victim: APIRequestContext, admin: APIRequestContext, victimId: string) {
  // Only what this test's attacker could have made: other test files write in parallel.
  const people = (await (await admin.get("/api/admin/users")).json()) as { people: { email: string }[] };
  const tokens = await victim.get("/api/tokens");
  const imports = await victim.get("/api/imports");
  expect(tokens.status()).toBe(200);
  expect(imports.status()).toBe(200);
  return {
    audit: await auditEventIds(admin, victimId),
    people: people.people.map((p) => p.email).filter((email) => email.includes(`csrf-`) && !email.includes("victim")),
    tokens: await tokens.json(),
    imports: ((await imports.json()) as { jobs: { fileName: string }[] }).jobs.filter((job) => job.fileName === "csrf.csv"),
  };
}

test("a page on another port cannot drive any state-changing route with a signed-in admin's cookies", async ({ browser, request, baseURL }) => {
  test.setTimeout(120_000);
  const appOrigin = new URL(baseURL as string).origin;
  const list = attacks();
  expect(list.length).toBeGreaterThan(40);
  const { server, origin } = await startAttacker(attackerPage(appOrigin, list));
  const context = await browser.newContext({ storageState: EMPTY, baseURL });
  try {
    const victimId = await signedInVictim(request, context);
    const before = await snapshot(context.request, request, victimId);

    const page = await context.newPage();
    // What reached the app, from Chromium's own network log: Playwright's request headers omit the cookie of a
    // no-cors request, the DevTools protocol's "extra info" has the headers as sent.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    const requests = new Map<string, { method: string; url: string; status?: number; cookie?: boolean }>();
    const entry = (id: string) => requests.get(id) ?? requests.set(id, { method: "", url: "" }).get(id)!;
    cdp.on("Network.requestWillBeSent", (e) => Object.assign(entry(e.requestId), { method: e.request.method, url: e.request.url }));
    cdp.on("Network.requestWillBeSentExtraInfo", (e) => {
      entry(e.requestId).cookie = /better-auth\.session_token=/.test(String(e.headers.Cookie ?? e.headers.cookie ?? ""));
    });
    cdp.on("Network.responseReceived", (e) => (entry(e.requestId).status = e.response.status));
    const seen = () => [...requests.values()].filter((r) => r.url.startsWith(`${appOrigin}/api/`) && r.method !== "OPTIONS" && r.status !== undefined);
    await page.goto(origin);
    await expect(page).toHaveTitle("fired", { timeout: 60_000 });
    // Every no-cors POST and the form post have been answered.
    const postCount = list.filter((a) => a.method === "POST").length + 1;
    await expect.poll(() => seen().filter((s) => s.method === "POST").length, { timeout: 30_000 }).toBeGreaterThanOrEqual(postCount);

    // The browser did carry the admin's session cookie to the app (the attack was real) …
    const posts = seen().filter((s) => s.method === "POST");
    expect(posts.filter((s) => !s.cookie), "sent without the session cookie").toEqual([]);
    // … and every request that reached it was refused as cross-origin.
    expect(seen().filter((s) => s.status !== 403), "answered other than 403").toEqual([]);

    const after = await snapshot(context.request, request, victimId);
    expect(after.people).not.toContain(ATTACKER_EMAIL);
    expect(after).toEqual(before);
    // Not even signed out.
    const session = await context.request.get("/api/auth/get-session");
    expect(((await session.json()) as { user?: { id: string } } | null)?.user?.id).toBe(victimId);
  } finally {
    await context.close();
    server.close();
  }
});

test("the app's own pages still write: the same-origin check passes the app itself", async ({ page }) => {
  await page.goto("/");
  const status = await page.evaluate(async () => {
    const response = await fetch("/api/tokens", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "same-origin check", scope: "read", expiresInDays: 1 }),
    });
    return response.status;
  });
  expect(status).toBe(201);
});
