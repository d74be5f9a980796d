import "server-only";
import { getDomain } from "tldts";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import { NEAR_DUPLICATE_THRESHOLD } from "../text/minhash";
import { capGraph } from "./assemble-graph";
import { selectAccounts, selectCampaignLinks, selectCampaigns, selectGraphItems, selectParties } from "./graph-queries";
import { nearDuplicatePairs } from "./near-duplicates";
import type { GraphQuery } from "./schemas";
import type { GraphData, GraphEdge, GraphEdgeKind, GraphNode } from "./types";

/** The most nodes one answer holds; above it the most important are kept and the answer says it was truncated. */
export const DEFAULT_NODE_CAP = Number(process.env.SIGHTLINE_GRAPH_NODE_CAP) > 0 ? Number(process.env.SIGHTLINE_GRAPH_NODE_CAP) : 10_000;
/** Rows per relation query, relative to the cap: a bound on memory whatever the data looks like. */
const EDGES_PER_NODE = 4;

export interface BuildGraphOptions {
  nodeCap?: number;
  /** Most edges in the answer (the least important are dropped and `truncated` is set); unbounded by default. */
  edgeCap?: number;
}

const edge = (kind: GraphEdgeKind, source: string, target: string, confidence = 1, status: GraphEdge["status"] = "confirmed"): GraphEdge => ({
  id: `${kind}:${source}>${target}`,
  source,
  target,
  kind,
  status,
  confidence,
});

function registrableDomain(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return getDomain(url, { allowPrivateDomains: true });
}

/**
 * The graph for a filter: campaigns, items, impersonated/targeted persons and organizations, posting accounts, item
 * domains and threat actors, with their edges (see types.ts). Pure data access + assembly, no web imports: the
 * /graph page, GET /api/graph and the GEXF/GraphML exports all call this.
 */
export async function buildGraph(query: GraphQuery, client: PrismaClient = db, options: BuildGraphOptions = {}): Promise<GraphData> {
  const cap = options.nodeCap ?? DEFAULT_NODE_CAP;
  const { filter, minConfidence } = query;
  const show = new Set(query.types);
  const edgeLimit = cap * EDGES_PER_NODE;

  const { items, matched } = await selectGraphItems(client, filter, minConfidence, cap, show.has("item"), query.focus);
  const itemIds = items.map((item) => item.id);
  const [links, parties, accounts] = await Promise.all([
    selectCampaignLinks(client, itemIds, minConfidence, edgeLimit),
    show.has("person") || show.has("organization")
      ? selectParties(client, itemIds, { person: show.has("person"), organization: show.has("organization") }, edgeLimit)
      : [],
    show.has("account") ? selectAccounts(client, itemIds, filter, edgeLimit) : [],
  ]);
  const campaigns = await selectCampaigns(client, [...new Set(links.map((l) => l.campaignId))], filter.campaign);

  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const itemCampaigns = new Map<string, string[]>();
  for (const link of links) {
    const list = itemCampaigns.get(link.itemId) ?? [];
    // Confirmed links come first in the query, so a node's first campaign is a confirmed one when it has any.
    list.push(`campaign:${link.campaignId}`);
    itemCampaigns.set(link.itemId, list);
  }

  for (const item of items) {
    nodes.set(`item:${item.id}`, {
      id: `item:${item.id}`,
      type: "item",
      label: item.label,
      sightings: item.sightings,
      campaigns: itemCampaigns.get(item.id) ?? [],
      href: `/items/${item.id}`,
      url: item.url ?? undefined,
      details: { kind: item.kind, verdict: item.verdict, ...(item.platform ? { platform: item.platform } : {}), ...(item.languages.length ? { language: item.languages.join(";") } : {}) },
    });
  }
  if (show.has("campaign")) {
    for (const c of campaigns) {
      nodes.set(`campaign:${c.id}`, {
        id: `campaign:${c.id}`,
        type: "campaign",
        label: c.name,
        sightings: c.sightings,
        campaigns: [],
        href: `/campaigns/${c.slug}`,
        details: { status: c.status, items: c.items },
      });
      if (c.actorId && show.has("threat_actor")) {
        const actor = `threat_actor:${c.actorId}`;
        if (!nodes.has(actor)) nodes.set(actor, { id: actor, type: "threat_actor", label: c.actorName ?? "", sightings: 0, campaigns: [], details: { kind: c.actorKind ?? "unknown" } });
        const target = nodes.get(actor)!;
        target.sightings += c.sightings;
        target.campaigns.push(`campaign:${c.id}`);
        edges.push(edge("attributed_to", `campaign:${c.id}`, actor));
      }
    }
    for (const link of links) {
      edges.push(edge("in_campaign", `item:${link.itemId}`, `campaign:${link.campaignId}`, link.confidence, link.status));
    }
  }

  const itemSightings = new Map(items.map((item) => [item.id, item.sightings]));
  const touch = (id: string, make: () => GraphNode, itemId: string, sightings = itemSightings.get(itemId) ?? 0) => {
    const node = nodes.get(id) ?? make();
    nodes.set(id, node);
    node.sightings += sightings;
    for (const campaign of itemCampaigns.get(itemId) ?? []) if (!node.campaigns.includes(campaign)) node.campaigns.push(campaign);
  };

  for (const party of parties) {
    const id = `${party.partyType}:${party.partyId}`;
    touch(id, () => ({ id, type: party.partyType, label: party.name, sightings: 0, campaigns: [], url: party.url ?? undefined }), party.itemId);
    edges.push(edge(party.role === "impersonated" ? "impersonates" : "targets", `item:${party.itemId}`, id));
  }
  for (const account of accounts) {
    const id = `account:${account.accountId}`;
    const make = (): GraphNode => ({ id, type: "account", label: `${account.handle} (${account.platform})`, sightings: 0, campaigns: [], url: account.url ?? undefined, details: { platform: account.platform } });
    touch(id, make, account.itemId, account.sightings);
    edges.push(edge("posted_by", `item:${account.itemId}`, id));
  }
  if (show.has("domain")) {
    for (const item of items) {
      const domain = registrableDomain(item.url);
      if (!domain) continue;
      const id = `domain:${domain}`;
      touch(id, () => ({ id, type: "domain", label: domain, sightings: 0, campaigns: [], url: `https://${domain}/` }), item.id);
      edges.push(edge("hosted_on", `item:${item.id}`, id));
    }
  }
  if (show.has("item")) {
    for (const pair of nearDuplicatePairs(items, Math.max(NEAR_DUPLICATE_THRESHOLD, minConfidence))) {
      edges.push(edge("near_duplicate", `item:${pair.a}`, `item:${pair.b}`, pair.similarity));
    }
  }

  // Hidden types are dropped at the end (items are always read: they are what ties every other node to the filter).
  const visible = [...nodes.values()].filter((node) => show.has(node.type));
  const nonItems = visible.filter((node) => node.type !== "item").length;
  return capGraph(visible, edges, cap, (show.has("item") ? matched : 0) + nonItems, options.edgeCap);
}
