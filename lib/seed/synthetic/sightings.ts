import type { Random } from "../prng";
import type { SynItem } from "./items";
import { EXTRA_AUDIENCE_COUNTRIES } from "./names";
import type { SynAccount, SyntheticWorld } from "./world";

export interface SynSighting {
  platform: string;
  account: SynAccount | null;
  observedAt: Date;
  views: number | null;
  shares: number | null;
  reactions: number | null;
  audienceCountry: string;
}

const MEDIAN_VIEWS: Record<string, number> = {
  tiktok: 9000, youtube: 4000, x: 1500, telegram: 6000, facebook: 2500, instagram: 3000, bluesky: 300, vk: 2000,
  whatsapp: 0, website: 800, email: 0,
};

/** Mean ≈ 3: half the items are seen once, a few dozens of times (a fake that "took off"). */
function sightingCount(random: Random): number {
  const r = random.next();
  if (r < 0.5) return 1;
  if (r < 0.78) return random.int(2, 3);
  if (r < 0.96) return random.int(4, 7);
  return random.int(8, 40);
}

export function generateSightings(world: SyntheticWorld, item: SynItem, random: Random): SynSighting[] {
  const campaign = item.campaign;
  const count = sightingCount(random);
  const out: SynSighting[] = [];
  for (let j = 0; j < count; j++) {
    const first = j === 0;
    const platform = first || !campaign || random.chance(0.5) ? item.platform : random.pick(campaign.platforms);
    const own = campaign?.accounts.filter((a) => a.platform === platform) ?? [];
    const account = first ? item.account : own.length && random.chance(0.6) ? random.pick(own)
      : random.chance(0.5) ? random.pick(world.bystanders.filter((a) => a.platform === platform).slice(0, 20)) ?? null : null;
    // Front-loaded: most re-posts come within days, a tail over two months.
    const minutes = first ? random.int(5, 240) : Math.round(Math.pow(random.next(), 3) * 60 * 1440) + random.int(1, 600);
    const median = MEDIAN_VIEWS[platform] ?? 1000;
    const views = median > 0 ? Math.max(10, Math.round(random.logNormal(median, 1.4))) : null;
    const targets = item.targetCountries.length ? item.targetCountries : EXTRA_AUDIENCE_COUNTRIES;
    out.push({
      platform,
      account,
      observedAt: new Date(item.publishedAt.getTime() + minutes * 60_000),
      views,
      shares: views === null ? null : Math.round(views * random.next() * 0.04),
      reactions: views === null ? null : Math.round(views * random.next() * 0.08),
      audienceCountry: random.chance(0.75) ? random.pick(targets) : random.pick(EXTRA_AUDIENCE_COUNTRIES),
    });
  }
  return out;
}
