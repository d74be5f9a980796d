import { minhashSignature } from "../text/minhash";
import type { ClusterInput, ClusterItem } from "./types";

/** A small item for tests: nothing shared unless given. */
export function fixtureItem(id: string, overrides: Partial<ClusterItem> & { text?: string } = {}): ClusterItem {
  const { text, ...rest } = overrides;
  return {
    id, fileSha256: null, minhash: text ? minhashSignature(text) : [], persons: [], targets: [], outlets: [], accounts: [],
    domains: [], narratives: [], mentions: [], hashtags: [], markers: [], techniques: [], firstSeenAt: null, ...rest,
  };
}

export function fixtureInput(items: ClusterItem[], overrides: Partial<ClusterInput> = {}): ClusterInput {
  return { items, confirmed: [], rejectedLinks: [], rejectedPairs: [], labels: new Map(), seed: 1, ...overrides };
}

export const SCRIPT = "Professor Alan Read says that Macron is a weak leader who betrays France and that the French people must stop paying for a foreign war before the winter comes";
/** The script with word k dropped: a near-identical copy. */
export const copyOf = (k: number, text = SCRIPT) => text.split(" ").filter((_, i) => i !== 3 + k).join(" ");
