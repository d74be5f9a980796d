import { seedUuid } from "../ids";
import { generateItem, type SyntheticRole } from "./items";
import { buildWorld } from "./world";

export interface GroundTruthItem {
  id: string;
  canonicalUrl: string;
  role: SyntheticRole;
  /** The campaign the item truly belongs to (null for decoys and noise). */
  campaignSlug: string | null;
  /** Whether the seed stored that membership as a confirmed link (the rest is for clustering to find). */
  linked: boolean;
}

export interface SyntheticGroundTruth {
  corpus: string;
  campaigns: { slug: string; name: string; items: number }[];
  items: GroundTruthItem[];
}

/** Synthetic ids derive from canonical URLs, so the database and this function agree without a lookup. */
export const syntheticItemId = (canonicalUrl: string) => seedUuid("syn-item", canonicalUrl);

/** Recomputes the true campaign of every synthetic item of corpus (n, seed) without touching the database. */
export function syntheticGroundTruth(n: number, seed: number): SyntheticGroundTruth {
  const world = buildWorld(n, seed);
  const counts = new Map<string, number>();
  const items: GroundTruthItem[] = [];
  for (let i = 0; i < n; i++) {
    const item = generateItem(world, i);
    const slug = item.campaign?.slug ?? null;
    if (slug) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    items.push({ id: syntheticItemId(item.canonicalUrl), canonicalUrl: item.canonicalUrl, role: item.role, campaignSlug: slug, linked: item.linked });
  }
  return {
    corpus: world.corpus,
    campaigns: world.campaigns.map((c) => ({ slug: c.slug, name: c.name, items: counts.get(c.slug) ?? 0 })),
    items,
  };
}
