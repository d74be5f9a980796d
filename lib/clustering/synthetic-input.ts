import { textFingerprint } from "../ingest/fingerprint";
import { hashString } from "../seed/prng";
import { syntheticItemId } from "../seed/synthetic/ground-truth";
import { generateItem, type SynItem } from "../seed/synthetic/items";
import { buildWorld } from "../seed/synthetic/world";
import { domainsOf } from "./domains";
import { hashtagsOf } from "./hashtags";
import type { ClusterInput, ClusterItem } from "./types";

export interface SyntheticCorpus {
  input: ClusterInput;
  bands: number[][];
  /** True campaign index per input item, -1 for decoys and noise. */
  truth: Int32Array;
  /** Whether the generator stores the item's membership as a confirmed link. */
  linked: Uint8Array;
  campaignIds: string[];
}

export interface SyntheticOptions {
  /**
   * Share of campaign items whose storyline a fact-checker tagged. The generator gives every campaign item its
   * narrative; in real data tagging is partial, and a storyline tag on every item would hand the engine the label.
   */
  narrativeTagShare?: number;
  /** Store the generator's confirmed links (≈ 70 % of campaign items) as anchors. */
  withConfirmed?: boolean;
}

const keep = (share: number, key: string) => hashString(key) / 4294967296 < share;

function toClusterItem(item: SynItem, id: string, narrativeTagShare: number): ClusterItem {
  const accounts = [...new Set(item.sightings.flatMap((s) => (s.account ? [`${s.account.platform}:${s.account.handle}`] : [])))];
  const times = item.sightings.map((s) => s.observedAt.getTime());
  const { minhash } = textFingerprint(item.title, item.text);
  return {
    id,
    fileSha256: item.fileSha256,
    minhash,
    persons: item.persons.filter((p) => p.role === "impersonated").map((p) => `person:${p.name}`),
    targets: item.persons.filter((p) => p.role === "targeted").map((p) => `person:${p.name}`),
    outlets: item.outlets.filter((o) => o.role === "impersonated").map((o) => `outlet:${o.name}`),
    accounts: accounts.map((a) => `account:${a}`),
    domains: domainsOf([item.canonicalUrl]),
    narratives: item.narrative && keep(narrativeTagShare, `narrative:${id}`) ? [`narrative:${item.narrative}`] : [],
    mentions: [],
    hashtags: hashtagsOf(item.title, item.text),
    markers: item.marker ? [`marker:${item.marker.slug}`] : [],
    techniques: item.techniques.map((t) => `technique:${t}`),
    firstSeenAt: times.length ? Math.min(...times) : null,
  };
}

/** The engine's input for synthetic corpus (n, seed), with its ground truth; no database. */
export function syntheticClusterInput(n: number, seed: number, options: SyntheticOptions = {}): SyntheticCorpus {
  const world = buildWorld(n, seed);
  const generated = Array.from({ length: n }, (_, i) => generateItem(world, i));
  const rows = generated.map((item) => ({ item, id: syntheticItemId(item.canonicalUrl) })).sort((x, y) => (x.id < y.id ? -1 : 1));
  const items = rows.map(({ item, id }) => toClusterItem(item, id, options.narrativeTagShare ?? 0.4));
  const campaignIds = world.campaigns.map((c) => `campaign:${c.slug}`);
  const labels = new Map<string, string>();
  for (const item of items) {
    for (const key of [...item.persons, ...item.targets, ...item.outlets, ...item.accounts, ...item.narratives, ...item.markers, ...item.techniques]) {
      labels.set(key, key.slice(key.indexOf(":") + 1));
    }
  }
  world.campaigns.forEach((c, k) => labels.set(campaignIds[k], c.name));
  const confirmed = options.withConfirmed
    ? rows.flatMap(({ item, id }) => (item.linked && item.campaign ? [{ itemId: id, campaignId: campaignIds[item.campaign.index] }] : []))
    : [];
  return {
    input: { items, confirmed, rejectedLinks: [], rejectedPairs: [], labels, seed },
    bands: items.map(() => []),
    truth: Int32Array.from(rows, ({ item }) => item.campaign?.index ?? -1),
    linked: Uint8Array.from(rows, ({ item }) => (item.linked ? 1 : 0)),
    campaignIds,
  };
}
