import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import { toReasons } from "../items/get-item";
import { bySlugOrId } from "./campaign-names";

/** Items listed on a campaign page; a big synthetic campaign can have thousands, the rest are counted. */
export const CAMPAIGN_ITEMS_LIMIT = 500;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

interface ItemRow {
  id: string;
  kind: string;
  title: string | null;
  platform: string | null;
  languages: string[];
  verdict: string;
  firstSeenAt: Date | null;
  sightingCount: number;
  status: "confirmed" | "suggested";
  confidence: number;
  reasons: unknown;
}

/**
 * Everything the campaign page shows, by slug (or id). Null when unknown, or deleted and `includeDeleted` is off. A
 * merged campaign comes back with `mergedInto` so the page can send the reader to the survivor.
 */
export async function getCampaign(slugOrId: string, client: PrismaClient = db, options: { includeDeleted?: boolean } = {}) {
  const campaign = await client.campaign.findFirst({
    where: bySlugOrId(slugOrId),
    include: {
      threatActor: { select: { id: true, name: true, kind: true, country: true } },
      mergedInto: { select: { slug: true, name: true } },
      techniques: { include: { technique: { select: { id: true, name: true, tacticId: true } } }, orderBy: { techniqueId: "asc" } },
      sources: { include: { source: true } },
    },
  });
  if (!campaign) return null;
  if (campaign.deletedAt && !campaign.mergedInto && !options.includeDeleted) return null;
  const [items, [figures]] = await Promise.all([
    client.$queryRaw<ItemRow[]>`
      SELECT i.id, i.kind::text AS kind, left(i.title, 300) AS title, i.platform, i.languages, i.verdict::text AS verdict,
        i.first_seen_at AS "firstSeenAt", i.sighting_count AS "sightingCount", ic.status::text AS status, ic.confidence, ic.reasons
      FROM item_campaigns ic JOIN items i ON i.id = ic.item_id AND i.deleted_at IS NULL
      WHERE ic.campaign_id = ${campaign.id}::uuid AND ic.status <> 'rejected'
      ORDER BY ic.status = 'confirmed' DESC, i.first_seen_at DESC NULLS LAST, i.id
      LIMIT ${CAMPAIGN_ITEMS_LIMIT}`,
    client.$queryRaw<{ suggested: number; linked: number; countries: string[]; languages: string[]; platforms: string[] }[]>`
      SELECT count(*) FILTER (WHERE ic.status = 'suggested')::int AS suggested, count(*)::int AS linked,
        ARRAY(SELECT DISTINCT unnest(i2.target_countries) FROM item_campaigns c2 JOIN items i2 ON i2.id = c2.item_id AND i2.deleted_at IS NULL
              WHERE c2.campaign_id = ${campaign.id}::uuid AND c2.status = 'confirmed' ORDER BY 1) AS countries,
        ARRAY(SELECT DISTINCT l FROM item_campaigns c2 JOIN items i2 ON i2.id = c2.item_id AND i2.deleted_at IS NULL
              CROSS JOIN LATERAL unnest(i2.languages) AS l WHERE c2.campaign_id = ${campaign.id}::uuid AND c2.status = 'confirmed' ORDER BY 1) AS languages,
        ARRAY(SELECT DISTINCT i2.platform FROM item_campaigns c2 JOIN items i2 ON i2.id = c2.item_id AND i2.deleted_at IS NULL
              WHERE c2.campaign_id = ${campaign.id}::uuid AND c2.status = 'confirmed' AND i2.platform IS NOT NULL ORDER BY 1) AS platforms
      FROM item_campaigns ic JOIN items i ON i.id = ic.item_id AND i.deleted_at IS NULL
      WHERE ic.campaign_id = ${campaign.id}::uuid AND ic.status <> 'rejected'`,
  ]);
  return {
    id: campaign.id,
    slug: campaign.slug,
    name: campaign.name,
    aliases: campaign.aliases,
    description: campaign.description,
    status: campaign.status,
    version: campaign.version,
    threatActor: campaign.threatActor,
    originCountry: campaign.originCountry,
    targetCountries: campaign.targetCountries,
    firstSeenAt: iso(campaign.firstSeenAt),
    lastSeenAt: iso(campaign.lastSeenAt),
    itemCount: campaign.itemCount,
    sightingCount: campaign.sightingCount,
    suggestedCount: figures.suggested,
    linkedCount: figures.linked,
    itemCountries: figures.countries,
    itemLanguages: figures.languages,
    itemPlatforms: figures.platforms,
    techniques: campaign.techniques.map((t) => t.technique),
    sources: campaign.sources
      .map(({ source: s }) => ({ id: s.id, title: s.title, url: s.url, publisher: s.publisher, kind: s.kind, publishedAt: iso(s.publishedAt) }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    items: items.map((i) => ({
      ...i,
      firstSeenAt: iso(i.firstSeenAt),
      sightingCount: Number(i.sightingCount),
      confidence: Number(i.confidence),
      reasons: toReasons(i.reasons),
    })),
    mergedInto: campaign.mergedInto,
    deletedAt: iso(campaign.deletedAt),
    createdAt: iso(campaign.createdAt),
    updatedAt: iso(campaign.updatedAt),
  };
}

export type CampaignDetail = NonNullable<Awaited<ReturnType<typeof getCampaign>>>;
export type CampaignItem = CampaignDetail["items"][number];
