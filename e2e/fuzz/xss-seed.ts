import { expect, type APIRequestContext } from "@playwright/test";

/**
 * Script payloads stored through the API in every text field that pages show. Each payload, if it ever ran,
 * would set window.__pwned and open a dialog; the UI tests fail on either.
 */
export const PAYLOADS = [
  "<script>window.__pwned=1;alert(1)</script>",
  '<img src=x onerror="window.__pwned=1;alert(1)">',
  '"><svg onload=window.__pwned=1;alert(1)>',
  "javascript:window.__pwned=1",
  "<a href=\"javascript:window.__pwned=1\">click</a><iframe src=\"javascript:window.__pwned=1\"></iframe>",
] as const;

export const JS_URL = "javascript:window.__pwned=1;alert(1)";

export interface Seeded {
  tag: string;
  itemId: string;
  itemTitle: string;
  personName: string;
  organizationName: string;
  campaignName: string;
  narrativeTitle: string;
  accountHandle: string;
  userName: string;
  /** The item whose archive URL and account URL are `javascript:` — only if the app stored them (see the report). */
  jsUrlItemId: string | null;
}

async function created(api: APIRequestContext, path: string, data: object): Promise<Record<string, unknown>> {
  const response = await api.post(path, { data });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
  return (await response.json()) as Record<string, unknown>;
}

const idOf = (body: Record<string, unknown>) => ((body.data ?? body) as { id: string }).id;

/** Every text a payload goes into starts with `${tag} <field>`, so the test can find it on the page. */
export async function seedPayloads(api: APIRequestContext, tag: string): Promise<Seeded> {
  const p = (field: string, i: number) => `${tag} ${field} ${PAYLOADS[i % PAYLOADS.length]}`;
  const personName = p("person", 0);
  const person = await created(api, "/api/v1/persons", { name: personName, aliases: [p("alias", 1)], description: p("description", 2) });
  const organizationName = p("organization", 1);
  const organization = await created(api, "/api/v1/organizations", { name: organizationName, aliases: [p("alias", 2)], description: p("description", 3) });
  const accountHandle = `${tag}_handle<script>window.__pwned=1</script>`;
  const account = await created(api, "/api/v1/accounts", { platform: "telegram", handle: accountHandle, displayName: p("display", 2), label: p("label", 3), notes: p("notes", 4) });
  const narrativeTitle = p("narrative", 3);
  await created(api, "/api/v1/narratives", { title: narrativeTitle, claim: p("claim", 0) });
  const campaignName = p("campaign", 4);
  await created(api, "/api/v1/campaigns", { name: campaignName, slug: `xss-${tag}`.toLowerCase(), aliases: [p("alias", 0)], description: p("description", 1) });
  await created(api, "/api/v1/language-markers", { slug: `xss-${tag}`.toLowerCase(), name: p("marker", 1), description: p("description", 2), category: p("category", 3) });

  const itemTitle = p("title", 0);
  const logged = await created(api, "/api/sightings", {
    item: {
      kind: "post",
      title: itemTitle,
      text: p("text", 1),
      url: `https://example.org/xss/${tag}?q=%3Cscript%3E`,
      platform: `${tag}<svg onload=alert(1)>`,
      notes: p("notes", 3),
      persons: [{ id: idOf(person), role: "impersonated", note: p("note", 4) }, { name: p("new person", 1), role: "targeted" }],
      organizations: [{ id: idOf(organization), role: "impersonated" }],
      narratives: [narrativeTitle],
      campaign: `xss-${tag}`.toLowerCase(),
      archiveUrl: `https://archive.example.org/${tag}`,
    },
    sighting: { observedAt: "2025-02-03T10:00:00Z", url: `https://t.me/xss_${tag}/1`, platform: `${tag}<img src=x onerror=alert(1)>`, notes: p("sighting notes", 0), account: { id: idOf(account) } },
  });
  const userName = p("user", 2);
  await created(api, "/api/admin/users", { email: `xss-${tag}@example.org`.toLowerCase(), name: userName, role: "researcher" });

  // A javascript: archive URL (and account URL) through the form's paths: if stored at all, they must show as text.
  const jsUrlItemId = (await storeThroughLogForm(api, tag)) ?? (await storeThroughItemEdit(api, tag));
  return { tag, itemId: (logged as { itemId: string }).itemId, itemTitle, personName, organizationName, campaignName, narrativeTitle, accountHandle, userName, jsUrlItemId };
}

async function storeThroughLogForm(api: APIRequestContext, tag: string): Promise<string | null> {
  const response = await api.post("/api/sightings", {
    data: {
      item: { kind: "post", title: `${tag} js-url item`, archiveUrl: JS_URL },
      sighting: { observedAt: "2025-02-04T10:00:00Z", account: { platform: "telegram", handle: `${tag}_jsurl`, url: JS_URL } },
    },
  });
  expect(response.status(), await response.text()).toBeLessThan(500);
  return response.status() === 201 ? ((await response.json()) as { itemId: string }).itemId : null;
}

async function storeThroughItemEdit(api: APIRequestContext, tag: string): Promise<string | null> {
  const made = await created(api, "/api/sightings", { item: { kind: "post", title: `${tag} js-url item` }, sighting: { observedAt: "2025-02-04T10:00:00Z" } });
  const itemId = (made as { itemId: string }).itemId;
  const response = await api.patch(`/api/items/${itemId}`, { data: { version: 1, archiveUrl: JS_URL } });
  expect(response.status(), await response.text()).toBeLessThan(500);
  return response.ok() ? itemId : null;
}
