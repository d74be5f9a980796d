import { expect, type APIRequestContext } from "@playwright/test";
import { FUZZ_MARK } from "./values";

/** Rows made (by the suite's admin, before the fuzz baseline) for the PATCH cases and the "same submission twice" cases. */
export interface Targets {
  item: { id: string; version: number };
  sighting: { id: string; version: number };
  campaign: { id: string; version: number; slug: string; name: string };
  person: { id: string; updatedAt: string };
  organization: { id: string; updatedAt: string };
  account: { id: string; updatedAt: string; platform: string; handle: string };
  narrative: { id: string; updatedAt: string; title: string };
  marker: { id: string; updatedAt: string; slug: string };
  user: { id: string; email: string };
}

async function created<T>(request: APIRequestContext, path: string, data: object): Promise<T> {
  const response = await request.post(path, { data });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
  return (await response.json()) as T;
}

interface Row {
  id: string;
  version?: number;
  updatedAt: string;
}

async function read(request: APIRequestContext, path: string): Promise<{ data: Row }> {
  const response = await request.get(path);
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
  return (await response.json()) as { data: Row };
}

export async function createTargets(request: APIRequestContext, run: string): Promise<Targets> {
  const logged = await created<{ itemId: string; data: Row }>(request, "/api/v1/sightings", {
    item: { kind: "post", title: `Fuzz target ${run}`, text: `Fuzz target text ${run}`, url: `https://example.org/fuzz-target/${run}` },
    sighting: { observedAt: "2025-02-03T10:00:00Z", audienceCountry: "PL" },
  });
  const item = await read(request, `/api/v1/items/${logged.itemId}`);
  const slug = `fuzz-target-${run}`;
  const campaign = (await created<{ data: Row }>(request, "/api/v1/campaigns", { name: `Fuzz target ${run}`, slug })).data;
  const person = (await created<{ data: Row }>(request, "/api/v1/persons", { name: `Fuzz target ${run}` })).data;
  const organization = (await created<{ data: Row }>(request, "/api/v1/organizations", { name: `Fuzz target ${run}` })).data;
  const handle = `fuzz_target_${run}`;
  const account = (await created<{ data: Row }>(request, "/api/v1/accounts", { platform: "telegram", handle })).data;
  const title = `Fuzz target narrative ${run}`;
  const narrative = (await created<{ data: Row }>(request, "/api/v1/narratives", { title })).data;
  const marker = (await created<{ data: Row }>(request, "/api/v1/language-markers", { slug, name: `Fuzz target ${run}` })).data;
  const email = `fuzz-target-${run}@example.org`;
  const user = await created<{ id: string }>(request, "/api/admin/users", { email, name: `Fuzz target ${run}`, role: "researcher" });
  const version = (row: Row) => row.version ?? 1;
  return {
    item: { id: logged.itemId, version: version(item.data) },
    sighting: { id: logged.data.id, version: version(logged.data) },
    campaign: { id: campaign.id, version: version(campaign), slug, name: `Fuzz target ${run}` },
    person: { id: person.id, updatedAt: person.updatedAt },
    organization: { id: organization.id, updatedAt: organization.updatedAt },
    account: { id: account.id, updatedAt: account.updatedAt, platform: "telegram", handle },
    narrative: { id: narrative.id, updatedAt: narrative.updatedAt, title },
    marker: { id: marker.id, updatedAt: marker.updatedAt, slug },
    user: { id: user.id, email },
  };
}

/** Text every generated valid base body carries, so a stored bad body would be found by a search. */
export const markText = (what: string) => `${FUZZ_MARK} ${what}`;
