import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { ApiError } from "../http/errors";
import type { ListSuggestionsQuery } from "./schemas";
import type { Reason } from "./types";

export interface SuggestionMemberView {
  itemId: string;
  title: string | null;
  kind: string;
  score: number;
  reasons: Reason[];
}

export interface SuggestionView {
  id: string;
  runId: string | null;
  campaign: { id: string; name: string; slug: string } | null;
  score: number;
  reasons: Reason[];
  /** Undecided items (members lists the best MEMBERS_SHOWN of them). */
  openCount: number;
  createdAt: string;
  members: SuggestionMemberView[];
}

const MEMBERS_SHOWN = 50;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Open suggestions for a campaign (by id or slug), the open new-campaign candidates, or those naming one item
 * (then only that item is listed: the item page decides for it alone). Best first.
 */
export async function listSuggestions(prisma: PrismaClient, query: ListSuggestionsQuery): Promise<{ suggestions: SuggestionView[] }> {
  let where: Prisma.ClusterSuggestionWhereInput = { status: "open" };
  if (query.campaign) {
    const campaign = await prisma.campaign.findFirst({
      where: { deletedAt: null, OR: [{ slug: query.campaign }, ...(uuid.test(query.campaign) ? [{ id: query.campaign }] : [])] },
      select: { id: true },
    });
    if (!campaign) throw ApiError.notFound("Campaign");
    where = { ...where, campaignId: campaign.id };
  } else if (query.item) {
    where = { ...where, members: { some: { itemId: query.item, status: "suggested" } } };
  } else {
    where = { ...where, campaignId: null };
  }
  const rows = await prisma.clusterSuggestion.findMany({
    where,
    orderBy: [{ score: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    take: query.limit,
    include: {
      campaign: { select: { id: true, name: true, slug: true } },
      members: {
        where: { status: "suggested", ...(query.item ? { itemId: query.item } : {}) },
        orderBy: [{ score: "desc" }, { itemId: "asc" }],
        take: MEMBERS_SHOWN,
      },
      _count: { select: { members: { where: { status: "suggested" } } } },
    },
  });
  const itemIds = [...new Set(rows.flatMap((r) => r.members.map((m) => m.itemId)))];
  const items = new Map(
    (await prisma.item.findMany({ where: { id: { in: itemIds } }, select: { id: true, title: true, kind: true } })).map((i) => [i.id, i]),
  );
  return {
    suggestions: rows.map((r) => ({
      id: r.id,
      runId: r.runId,
      campaign: r.campaign,
      score: r.score,
      reasons: r.reasons as unknown as Reason[],
      openCount: r._count.members,
      createdAt: r.createdAt.toISOString(),
      members: r.members.map((m) => ({
        itemId: m.itemId,
        title: items.get(m.itemId)?.title ?? null,
        kind: items.get(m.itemId)?.kind ?? "other",
        score: m.score,
        reasons: m.reasons as unknown as Reason[],
      })),
    })),
  };
}
