import type { Prisma } from "../../generated/prisma/client";
import type { SeedAudit } from "../audit";
import { seedUuid } from "../ids";
import { CAMPAIGNS, SOURCES, THREAT_ACTORS } from "./actors";
import { ACCOUNTS, DEMO_USERS, ORGANIZATIONS, PERSONS } from "./parties";
import { LANGUAGE_MARKERS, NARRATIVES } from "./vocabulary";

type Tx = Prisma.TransactionClient;
export type IdMap = Map<string, string>;

/** Natural key → id for everything the items refer to. */
export interface ReferenceIds {
  users: IdMap;
  organizations: IdMap;
  persons: IdMap;
  campaigns: IdMap;
  accounts: IdMap;
  narratives: IdMap;
  markers: IdMap;
  sources: IdMap;
}

/** Keeps existing rows (matched on their natural key) and returns the keys still missing, with fresh stable ids. */
function plan<T>(rows: T[], keyOf: (row: T) => string, kind: string, existing: { key: string; id: string }[]) {
  const ids: IdMap = new Map(existing.map((row) => [row.key, row.id]));
  const missing = rows.filter((row) => !ids.has(keyOf(row)));
  for (const row of missing) ids.set(keyOf(row), seedUuid(kind, keyOf(row)));
  return { ids, missing };
}

function record(audit: SeedAudit, entityType: string, ids: IdMap, keys: string[]) {
  for (const key of keys) audit.created(entityType, ids.get(key)!, { key });
}

export async function writeReference(tx: Tx, audit: SeedAudit): Promise<ReferenceIds> {
  const users = plan(DEMO_USERS, (u) => u.email, "user",
    (await tx.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } })).map((u) => ({ key: u.email, id: u.id })));
  await tx.user.createMany({ data: users.missing.map((u) => ({ ...u, id: users.ids.get(u.email)! })) });
  record(audit, "user", users.ids, users.missing.map((u) => u.email));

  const orgs = plan(ORGANIZATIONS, (o) => o.name, "organization",
    (await tx.organization.findMany({ where: { name: { in: ORGANIZATIONS.map((o) => o.name) } } })).map((o) => ({ key: o.name, id: o.id })));
  await tx.organization.createMany({ data: orgs.missing.map((o) => ({ ...o, id: orgs.ids.get(o.name)! })) });
  record(audit, "organization", orgs.ids, orgs.missing.map((o) => o.name));

  const persons = plan(PERSONS, (p) => p.name, "person",
    (await tx.person.findMany({ where: { name: { in: PERSONS.map((p) => p.name) }, deletedAt: null } })).map((p) => ({ key: p.name, id: p.id })));
  await tx.person.createMany({
    data: persons.missing.map(({ affiliation, ...p }) => ({
      ...p,
      id: persons.ids.get(p.name)!,
      affiliationId: affiliation ? orgs.ids.get(affiliation)! : null,
    })),
  });
  record(audit, "person", persons.ids, persons.missing.map((p) => p.name));

  const actors = plan(THREAT_ACTORS, (a) => a.name, "threat_actor",
    (await tx.threatActor.findMany({ where: { name: { in: THREAT_ACTORS.map((a) => a.name) } } })).map((a) => ({ key: a.name, id: a.id })));
  await tx.threatActor.createMany({ data: actors.missing.map((a) => ({ ...a, id: actors.ids.get(a.name)! })) });
  record(audit, "threat_actor", actors.ids, actors.missing.map((a) => a.name));

  const sources = plan(SOURCES, (s) => s.title, "source",
    (await tx.source.findMany({ where: { title: { in: SOURCES.map((s) => s.title) } } })).map((s) => ({ key: s.title, id: s.id })));
  await tx.source.createMany({
    data: sources.missing.map((s) => ({ ...s, id: sources.ids.get(s.title)!, publishedAt: s.publishedAt ? new Date(s.publishedAt) : null })),
  });
  record(audit, "source", sources.ids, sources.missing.map((s) => s.title));

  const factChecker = users.ids.get("factchecker@sightline.demo")!;
  const campaigns = plan(CAMPAIGNS, (c) => c.slug, "campaign",
    (await tx.campaign.findMany({ where: { slug: { in: CAMPAIGNS.map((c) => c.slug) } } })).map((c) => ({ key: c.slug, id: c.id })));
  await tx.campaign.createMany({
    data: campaigns.missing.map(({ threatActor, techniques: _t, sources: _s, ...c }) => ({
      ...c,
      id: campaigns.ids.get(c.slug)!,
      threatActorId: threatActor ? actors.ids.get(threatActor)! : null,
      createdById: factChecker,
    })),
  });
  record(audit, "campaign", campaigns.ids, campaigns.missing.map((c) => c.slug));

  const campaignTechniques = CAMPAIGNS.flatMap((c) => c.techniques.map((t) => ({ campaignId: campaigns.ids.get(c.slug)!, techniqueId: t })));
  const haveTechniques = new Set((await tx.campaignTechnique.findMany({ where: { campaignId: { in: [...campaigns.ids.values()] } } }))
    .map((r) => `${r.campaignId}:${r.techniqueId}`));
  const newTechniques = campaignTechniques.filter((r) => !haveTechniques.has(`${r.campaignId}:${r.techniqueId}`));
  await tx.campaignTechnique.createMany({ data: newTechniques.map((r) => ({ ...r, addedById: factChecker })) });
  for (const r of newTechniques) audit.created("campaign_technique", `${r.campaignId}:${r.techniqueId}`);

  const campaignSources = CAMPAIGNS.flatMap((c) => c.sources.map((s) => ({ campaignId: campaigns.ids.get(c.slug)!, sourceId: sources.ids.get(s)! })));
  const haveSources = new Set((await tx.campaignSource.findMany({ where: { campaignId: { in: [...campaigns.ids.values()] } } }))
    .map((r) => `${r.campaignId}:${r.sourceId}`));
  const newSources = campaignSources.filter((r) => !haveSources.has(`${r.campaignId}:${r.sourceId}`));
  await tx.campaignSource.createMany({ data: newSources });
  for (const r of newSources) audit.created("campaign_source", `${r.campaignId}:${r.sourceId}`);

  const accountKey = (a: { platform: string; handle: string }) => `${a.platform}:${a.handle}`;
  const accounts = plan(ACCOUNTS, accountKey, "account",
    (await tx.account.findMany({ where: { OR: ACCOUNTS.map(({ platform, handle }) => ({ platform, handle })) } }))
      .map((a) => ({ key: accountKey(a), id: a.id })));
  await tx.account.createMany({ data: accounts.missing.map((a) => ({ ...a, id: accounts.ids.get(accountKey(a))! })) });
  record(audit, "account", accounts.ids, accounts.missing.map(accountKey));

  const narratives = plan(NARRATIVES, (n) => n.title, "narrative",
    (await tx.narrative.findMany({ where: { title: { in: NARRATIVES.map((n) => n.title) } } })).map((n) => ({ key: n.title, id: n.id })));
  await tx.narrative.createMany({ data: narratives.missing.map((n) => ({ ...n, id: narratives.ids.get(n.title)! })) });
  record(audit, "narrative", narratives.ids, narratives.missing.map((n) => n.title));

  const markers = plan(LANGUAGE_MARKERS, (m) => m.slug, "language_marker",
    (await tx.languageMarker.findMany({ where: { slug: { in: LANGUAGE_MARKERS.map((m) => m.slug) } } })).map((m) => ({ key: m.slug, id: m.id })));
  await tx.languageMarker.createMany({ data: markers.missing.map((m) => ({ ...m, id: markers.ids.get(m.slug)! })) });
  record(audit, "language_marker", markers.ids, markers.missing.map((m) => m.slug));

  return {
    users: users.ids, organizations: orgs.ids, persons: persons.ids, campaigns: campaigns.ids,
    accounts: accounts.ids, narratives: narratives.ids, markers: markers.ids, sources: sources.ids,
  };
}
