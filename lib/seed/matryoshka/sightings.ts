import { seedUuid } from "../ids";
import { createRandom, hashString } from "../prng";
import type { ItemSeed } from "./types";

export interface SightingDraft {
  id: string;
  url: string | null;
  platform: string;
  accountKey: string | null;
  observedAt: Date;
  views: bigint | null;
  shares: bigint | null;
  reactions: bigint | null;
  audienceCountry: string;
  notes: string | null;
}

const HOSTS: Record<string, string> = {
  x: "https://x.com",
  telegram: "https://t.me",
  tiktok: "https://www.tiktok.com",
  youtube: "https://www.youtube.com",
  facebook: "https://www.facebook.com",
  bluesky: "https://bsky.app",
};

/**
 * Expands an item's spread into individual sightings, deterministically (the PRNG is seeded by the item key, so
 * editing one item never reshuffles another). The first sighting is the original post; the rest are front-loaded,
 * as re-posts of a fake cluster in the first days, with a long tail.
 */
export function expandSightings(item: ItemSeed): SightingDraft[] {
  const random = createRandom(hashString(item.key));
  const { spread } = item;
  const start = Date.parse(item.publishedAt);
  return Array.from({ length: spread.count }, (_, index) => {
    const first = index === 0;
    const platform = first ? item.platform : random.pick(spread.platforms);
    const minutes = first ? 15 : Math.round(Math.pow(random.next(), 2) * spread.days * 1440) + random.int(1, 600);
    const accounts = spread.accounts.filter((key) => key.startsWith(`${platform}:`));
    const views = spread.medianViews > 0 ? Math.max(20, Math.round(random.logNormal(spread.medianViews, 1.1))) : null;
    const host = HOSTS[platform];
    const repost = platform === "youtube" ? youtubeWatchUrl(`${item.key}#${index}`) : host ? `${host}/demo/${item.key}/${index}` : null;
    return {
      id: seedUuid("sighting", `${item.key}#${index}`),
      url: first ? item.canonicalUrl : repost,
      platform,
      accountKey: accounts.length ? random.pick(accounts) : null,
      observedAt: new Date(start + minutes * 60_000),
      views: views === null ? null : BigInt(views),
      shares: views === null ? null : BigInt(Math.round(views * (0.005 + random.next() * 0.03))),
      reactions: views === null ? null : BigInt(Math.round(views * (0.01 + random.next() * 0.06))),
      audienceCountry: random.pick(spread.countries),
      notes: platform === "email" ? "Received by a newsroom's verification desk." : first ? "Original post." : null,
    };
  });
}

/**
 * A re-upload's YouTube URL with a real-shaped video id (11 base64url characters), derived from the sighting's key
 * so it is stable: YouTube's URL rules only recognise ids of that shape (youtu.be/<id>, /shorts/<id>).
 */
export function youtubeWatchUrl(key: string): string {
  const id = Buffer.from(seedUuid("youtube", key).replace(/-/g, ""), "hex").toString("base64url").slice(0, 11);
  return `https://www.youtube.com/watch?v=${id}`;
}
