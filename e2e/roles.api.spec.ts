import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStateFor, type DemoRole } from "./auth-state";
import { examplePath, isAllowed, READ_TOKEN_OWNER, ROUTE_TABLE, type Caller, type RouteRule } from "./route-table";

/**
 * The role table, proven: every route of e2e/route-table.ts is called by nobody, by each demo role (signed in through
 * the setup project) and with a read-scope API token. A caller the table allows must get past authorisation (any
 * answer but 401/403, and never a 5xx); any other caller must get 401 (nobody) or 403. Write calls send an empty
 * body or a dummy id, so allowed callers are stopped by validation (422/404) and nothing is changed.
 */
const ROLES: DemoRole[] = ["admin", "fact_checker", "journalist", "researcher"];

let callers: Map<Caller, APIRequestContext>;
let readToken: { id: string; secret: string };

test.beforeAll(async ({ playwright }) => {
  const baseURL = test.info().project.use.baseURL;
  if (!baseURL) throw new Error("The api project needs a baseURL");
  // Browsers send Origin on every POST; better-auth's own routes refuse cookie requests without it.
  const extraHTTPHeaders = { Origin: new URL(baseURL).origin };
  const contexts = new Map<Caller, APIRequestContext>();
  contexts.set("anonymous", await playwright.request.newContext({ baseURL, extraHTTPHeaders, storageState: { cookies: [], origins: [] } }));
  for (const role of ROLES) {
    contexts.set(role, await playwright.request.newContext({ baseURL, extraHTTPHeaders, storageState: storageStateFor(role) }));
  }
  const created = await contexts.get(READ_TOKEN_OWNER)!.post("/api/tokens", {
    data: { name: "role test (read scope)", scope: "read", expiresInDays: 1 },
  });
  expect(created.status(), await created.text()).toBe(201);
  const body = (await created.json()) as { token: { id: string }; secret: string };
  readToken = { id: body.token.id, secret: body.secret };
  contexts.set(
    "read_token",
    await playwright.request.newContext({
      baseURL,
      storageState: { cookies: [], origins: [] },
      extraHTTPHeaders: { ...extraHTTPHeaders, Authorization: `Bearer ${readToken.secret}` },
    }),
  );
  callers = contexts;
});

test.afterAll(async () => {
  if (readToken) await callers.get(READ_TOKEN_OWNER)?.delete(`/api/tokens/${readToken.id}`);
  for (const context of callers?.values() ?? []) await context.dispose();
});

async function call(context: APIRequestContext, rule: RouteRule): Promise<number> {
  const path = examplePath(rule);
  const withBody = rule.method === "POST" || rule.method === "PUT" || rule.method === "PATCH";
  const response = await context.fetch(path, {
    method: rule.method,
    ...(withBody ? { data: {}, headers: { "Content-Type": "application/json" } } : {}),
    maxRedirects: 0,
  });
  return response.status();
}

for (const rule of ROUTE_TABLE) {
  test(`${rule.method} ${rule.route} — ${rule.access}${rule.sessionOnly ? ", sessions only" : ""}`, async () => {
    const wrong: string[] = [];
    for (const [caller, context] of callers) {
      const status = await call(context, rule);
      const allowed = isAllowed(rule, caller);
      const ok = allowed
        ? status !== 401 && status !== 403 && status < 500
        : status === (caller === "anonymous" ? 401 : 403);
      if (!ok) wrong.push(`${caller}: got ${status}, expected ${allowed ? "to get past authorisation (not 401/403/5xx)" : caller === "anonymous" ? 401 : 403}`);
    }
    expect(wrong, `${rule.method} ${examplePath(rule)}\n${wrong.join("\n")}`).toEqual([]);
  });
}
