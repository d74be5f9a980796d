import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";

/** Sightings shown on an item page; a viral item can have thousands, the rest are counted, not sent. */
export const ITEM_SIGHTINGS_LIMIT = 500;

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const num = (value: bigint | null) => (value === null ? null : Number(value));

export interface CampaignLinkReason {
  signal?: string;
  detail?: string;
}

/** Reasons are free JSON written by clustering and people; keep only what the page can show as text. */
export function toReasons(value: unknown): CampaignLinkReason[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): CampaignLinkReason[] => {
    if (typeof entry === "string") return [{ detail: entry }];
    if (typeof entry !== "object" || entry === null) return [];
    const { signal, detail } = entry as Record<string, unknown>;
    return [{ signal: typeof signal === "string" ? signal : undefined, detail: typeof detail === "string" ? detail : undefined }];
  });
}

/**
 * Everything the item page shows, as JSON-safe values (ISO dates, numbers); null when absent or deleted —
 * unless `includeDeleted` (moderators see a deleted item with a banner, to restore it).
 */
export async function getItem(id: string, client: PrismaClient = db, options: { includeDeleted?: boolean } = {}) {
  const live = { deletedAt: null };
  const item = await client.item.findFirst({
    where: options.includeDeleted ? { id } : { id, ...live },
    include: {
      sightings: {
        where: live,
        orderBy: [{ observedAt: "asc" }, { id: "asc" }],
        take: ITEM_SIGHTINGS_LIMIT,
        include: { account: { select: { platform: true, handle: true, url: true, displayName: true } } },
      },
      campaigns: {
        where: { status: { not: "rejected" }, campaign: live },
        orderBy: [{ confidence: "desc" }],
        include: { campaign: { select: { slug: true, name: true, status: true } } },
      },
      persons: { include: { person: { select: { id: true, name: true, description: true } } } },
      organizations: { include: { organization: { select: { id: true, name: true, kind: true } } } },
      narratives: { include: { narrative: { select: { id: true, title: true, claim: true } } } },
      annotations: {
        where: live,
        orderBy: [{ startOffset: "asc" }, { createdAt: "asc" }],
        include: { marker: { select: { slug: true, name: true, description: true } } },
      },
      techniques: { include: { technique: { select: { id: true, name: true } } }, orderBy: { techniqueId: "asc" } },
      sources: { include: { source: true } },
      evidence: { where: live, orderBy: { createdAt: "asc" } },
      _count: { select: { sightings: { where: live } } },
    },
  });
  if (!item) return null;
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    text: item.text,
    originalUrl: item.originalUrl,
    canonicalUrl: item.canonicalUrl,
    archiveUrl: item.archiveUrl,
    platform: item.platform,
    platformRaw: item.platformRaw,
    languages: item.languages,
    languagesDetected: item.languagesDetected,
    publishedAt: iso(item.publishedAt),
    verdict: item.verdict,
    manipulations: item.manipulations,
    targetCountries: item.targetCountries,
    fileSha256: item.fileSha256,
    notes: item.notes,
    /** Values an import kept as written (did not read), by the file's column. */
    rawValues: rawValuesOf(item.rawValues),
    firstSeenAt: iso(item.firstSeenAt),
    lastSeenAt: iso(item.lastSeenAt),
    createdAt: iso(item.createdAt),
    version: item.version,
    deletedAt: iso(item.deletedAt),
    sightingTotal: item._count.sightings,
    sightings: item.sightings.map((s) => ({
      id: s.id,
      observedAt: iso(s.observedAt) as string,
      url: s.url,
      platform: s.platform,
      platformRaw: s.platformRaw,
      account: s.account,
      audienceCountry: s.audienceCountry,
      views: num(s.views),
      shares: num(s.shares),
      reactions: num(s.reactions),
      channel: s.channel,
      notes: s.notes,
      archiveUrl: s.archiveUrl,
      title: s.title,
      text: s.text,
      version: s.version,
    })),
    campaigns: item.campaigns.map((link) => ({
      slug: link.campaign.slug,
      name: link.campaign.name,
      campaignStatus: link.campaign.status,
      status: link.status,
      confidence: link.confidence,
      reasons: toReasons(link.reasons),
      evidence: link.evidence,
    })),
    persons: item.persons.map((p) => ({ ...p.person, role: p.role, note: p.note })),
    organizations: item.organizations.map((o) => ({ ...o.organization, role: o.role, note: o.note })),
    narratives: item.narratives.map((n) => n.narrative),
    annotations: item.annotations.map((a) => ({
      id: a.id,
      quote: a.quote,
      startOffset: a.startOffset,
      endOffset: a.endOffset,
      note: a.note,
      marker: a.marker,
    })),
    techniques: item.techniques.map((t) => t.technique),
    sources: item.sources.map(({ source }) => ({
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      url: source.url,
      kind: source.kind,
      publishedAt: iso(source.publishedAt),
    })),
    evidence: item.evidence.map((e) => ({
      id: e.id,
      originalName: e.originalName,
      mimeType: e.mimeType,
      sizeBytes: Number(e.sizeBytes),
      sha256: e.sha256,
    })),
  };
}

export type ItemDetail = NonNullable<Awaited<ReturnType<typeof getItem>>>;

function rawValuesOf(value: unknown): Record<string, string[]> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : [String(v)]]));
}
