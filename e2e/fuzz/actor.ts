import { expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { FUZZ_MARK } from "./values";

/**
 * The fuzz runs as its own admin, so "nothing was written" can be proven from the audit trail (every write records
 * an event in its own transaction) even while other test files write in parallel. v1 calls go through several
 * write-scope tokens of that admin: the v1 rate limit counts per token.
 */
export interface FuzzActor {
  userId: string;
  session: APIRequestContext;
  tokens: APIRequestContext[];
  dispose(): Promise<void>;
}

const EMPTY = { cookies: [], origins: [] };

export async function createFuzzActor(admin: APIRequestContext, baseURL: string, run: string, tokenCount: number): Promise<FuzzActor> {
  const email = `fuzz-admin-${run}@example.org`;
  const password = `fuzz-password-${run}-long`;
  const made = await admin.post("/api/admin/users", { data: { email, name: `Fuzz admin ${run}`, role: "admin", password } });
  expect(made.status(), await made.text()).toBe(201);
  const { id: userId } = (await made.json()) as { id: string };

  const session = await playwrightRequest.newContext({ baseURL, storageState: EMPTY, extraHTTPHeaders: { Origin: baseURL } });
  const signIn = await session.post("/api/auth/sign-in/email", { data: { email, password } });
  expect(signIn.status(), await signIn.text()).toBe(200);

  const tokens: APIRequestContext[] = [];
  for (let i = 0; i < tokenCount; i++) {
    const response = await session.post("/api/tokens", { data: { name: `fuzz ${run} ${i}`, scope: "write", expiresInDays: 7 } });
    expect(response.status(), await response.text()).toBe(201);
    const { secret } = (await response.json()) as { secret: string };
    tokens.push(await playwrightRequest.newContext({ baseURL, storageState: EMPTY, extraHTTPHeaders: { Authorization: `Bearer ${secret}` } }));
  }
  return {
    userId,
    session,
    tokens,
    dispose: async () => {
      await Promise.all([session, ...tokens].map((context) => context.dispose()));
    },
  };
}

/** Ids of every audit event the actor caused, newest first (read by the suite's admin). */
export async function auditEventIds(admin: APIRequestContext, actorId: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `actor=${actorId}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const response = await admin.get(`/api/admin/audit?${query}`);
    expect(response.status()).toBe(200);
    const page = (await response.json()) as { events: { id: string }[]; nextCursor: string | null };
    ids.push(...page.events.map((event) => event.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

/** How many stored rows carry the fuzz marker, per list (a stored bad body would show up here). */
export async function markedRows(admin: APIRequestContext): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const resource of ["persons", "organizations", "campaigns", "narratives", "accounts", "language-markers"]) {
    const deleted = resource === "language-markers" ? "" : "&includeDeleted=true";
    const response = await admin.get(`/api/v1/${resource}?q=${FUZZ_MARK}&limit=200${deleted}`);
    expect(response.status(), `${resource}: ${await response.text()}`).toBe(200);
    counts[resource] = ((await response.json()) as { data: unknown[] }).data.length;
  }
  const items = await admin.get(`/api/items?q=${FUZZ_MARK}`);
  expect(items.status()).toBe(200);
  counts.items = ((await items.json()) as { total: number }).total;
  const people = (await (await admin.get("/api/admin/users")).json()) as { people: { email: string; name: string }[] };
  counts.users = people.people.filter((p) => p.email.includes(FUZZ_MARK) || p.name.includes(FUZZ_MARK)).length;
  return counts;
}
