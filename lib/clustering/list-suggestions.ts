import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { ApiError } from "../http/errors";
import { LARGE_SUGGESTION, MEMBER_PAGE_SIZE, SUGGESTION_PAGE_SIZE, type ListSuggestionsQuery } from "./schemas";
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
  /** "content" (same content) or "campaign" (content linked by accounts, domains…) when the engine says; else null. */
  level: string | null;
  score: number;
  reasons: Reason[];
  /** Undecided items; `members` is their first page (MEMBER_PAGE_SIZE, best first), the rest come page by page. */
  openCount: number;
  large: boolean;
  createdAt: string;
  members: SuggestionMemberView[];
}

export interface SuggestionsPage {
  suggestions: SuggestionView[];
  page: number;
  pageSize: number;
  total: number;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface HeadRow {
  id: string;
  run_id: string | null;
  campaign: { id: string; name: string; slug: string } | null;
  level: string | null;
  score: number;
  reasons: Reason[];
  open_count: number;
  created_at: Date;
}

async function scopeCondition(prisma: PrismaClient, query: ListSuggestionsQuery): Promise<Prisma.Sql> {
  if (query.campaign) {
    const campaign = await prisma.campaign.findFirst({
      where: { deletedAt: null, OR: [{ slug: query.campaign }, ...(uuid.test(query.campaign) ? [{ id: query.campaign }] : [])] },
      select: { id: true },
    });
    if (!campaign) throw ApiError.notFound("Campaign");
    return Prisma.sql`s.campaign_id = ${campaign.id}::uuid`;
  }
  if (query.item) {
    return Prisma.sql`EXISTS (SELECT 1 FROM cluster_suggestion_items m WHERE m.suggestion_id = s.id AND m.item_id = ${query.item}::uuid AND m.status = 'suggested')`;
  }
  if (query.candidates) return Prisma.sql`s.campaign_id IS NULL`;
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (query.kind === "new") where.push(Prisma.sql`s.campaign_id IS NULL`);
  if (query.kind === "additions") where.push(Prisma.sql`s.campaign_id IS NOT NULL`);
  if (query.size === "large") where.push(Prisma.sql`s.item_count >= ${LARGE_SUGGESTION}`);
  if (query.size === "small") where.push(Prisma.sql`s.item_count < ${LARGE_SUGGESTION}`);
  return Prisma.join(where, " AND ");
}

/**
 * Open suggestions, best first, one page at a time: for a campaign (by id or slug), the new-campaign candidates,
 * those naming one item (then only that item is listed: the item page decides for it alone), or every open one
 * (Admin → Clustering, with kind and size filters). Each carries only the first page of its items, so a
 * 5,000-item suggestion costs the same to list as a 5-item one; listSuggestionItems pages through the rest.
 */
export async function listSuggestions(prisma: PrismaClient, query: ListSuggestionsQuery): Promise<SuggestionsPage> {
  const pageSize = query.limit ?? SUGGESTION_PAGE_SIZE;
  const page = query.page ?? 1;
  const where = Prisma.sql`s.status = 'open' AND (c.id IS NULL OR c.deleted_at IS NULL) AND ${await scopeCondition(prisma, query)}`;
  const [heads, [{ total }]] = await Promise.all([
    prisma.$queryRaw<HeadRow[]>(Prisma.sql`
      SELECT s.id::text, s.run_id::text, s.score, s.reasons, s.created_at,
        -- The engine may add a level to suggestions; read it without depending on the column existing.
        to_jsonb(s) ->> 'level' AS level,
        CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'name', c.name, 'slug', c.slug) END AS campaign,
        (SELECT count(*)::int FROM cluster_suggestion_items m WHERE m.suggestion_id = s.id AND m.status = 'suggested') AS open_count
      FROM cluster_suggestions s LEFT JOIN campaigns c ON c.id = s.campaign_id
      WHERE ${where}
      ORDER BY s.score DESC, s.created_at DESC, s.id ASC
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`),
    prisma.$queryRaw<{ total: number }[]>(Prisma.sql`
      SELECT count(*)::int AS total FROM cluster_suggestions s LEFT JOIN campaigns c ON c.id = s.campaign_id WHERE ${where}`),
  ]);
  const members = await firstMembers(prisma, heads.map((h) => h.id), query.item);
  return {
    page,
    pageSize,
    total: Number(total),
    suggestions: heads.map((h) => ({
      id: h.id,
      runId: h.run_id,
      campaign: h.campaign,
      level: h.level,
      score: h.score,
      reasons: h.reasons,
      openCount: Number(h.open_count),
      large: Number(h.open_count) >= LARGE_SUGGESTION,
      createdAt: new Date(h.created_at).toISOString(),
      members: members.get(h.id) ?? [],
    })),
  };
}

interface MemberRow {
  suggestion_id: string;
  item_id: string;
  score: number;
  reasons: Reason[];
  title: string | null;
  kind: string;
}

const toMember = (m: MemberRow): SuggestionMemberView => ({ itemId: m.item_id, title: m.title, kind: m.kind, score: m.score, reasons: m.reasons });

/** The best MEMBER_PAGE_SIZE open items of each suggestion, in one query (a lateral join, not one query each). */
async function firstMembers(prisma: PrismaClient, ids: string[], onlyItem?: string): Promise<Map<string, SuggestionMemberView[]>> {
  if (ids.length === 0) return new Map();
  const rows = await prisma.$queryRaw<MemberRow[]>(Prisma.sql`
    SELECT s.id::text AS suggestion_id, m.item_id::text, m.score, m.reasons, i.title, i.kind::text AS kind
    FROM unnest(${ids}::uuid[]) AS s(id)
    CROSS JOIN LATERAL (
      SELECT item_id, score, reasons FROM cluster_suggestion_items
      WHERE suggestion_id = s.id AND status = 'suggested' ${onlyItem ? Prisma.sql`AND item_id = ${onlyItem}::uuid` : Prisma.empty}
      ORDER BY score DESC, item_id ASC LIMIT ${MEMBER_PAGE_SIZE}
    ) m
    JOIN items i ON i.id = m.item_id
    ORDER BY s.id, m.score DESC, m.item_id ASC`);
  const out = new Map<string, SuggestionMemberView[]>();
  for (const row of rows) (out.get(row.suggestion_id) ?? out.set(row.suggestion_id, []).get(row.suggestion_id)!).push(toMember(row));
  return out;
}

/** One page of a suggestion's open items, best first (GET /api/clustering/suggestions/:id/items). */
export async function listSuggestionItems(prisma: PrismaClient, suggestionId: string, page: number) {
  const exists = await prisma.clusterSuggestion.findUnique({ where: { id: suggestionId }, select: { id: true } });
  if (!exists) throw ApiError.notFound("Suggestion");
  const [rows, [{ total }]] = await Promise.all([
    prisma.$queryRaw<MemberRow[]>(Prisma.sql`
      SELECT m.suggestion_id::text, m.item_id::text, m.score, m.reasons, i.title, i.kind::text AS kind
      FROM cluster_suggestion_items m JOIN items i ON i.id = m.item_id
      WHERE m.suggestion_id = ${suggestionId}::uuid AND m.status = 'suggested'
      ORDER BY m.score DESC, m.item_id ASC LIMIT ${MEMBER_PAGE_SIZE} OFFSET ${(page - 1) * MEMBER_PAGE_SIZE}`),
    prisma.$queryRaw<{ total: number }[]>(Prisma.sql`
      SELECT count(*)::int AS total FROM cluster_suggestion_items WHERE suggestion_id = ${suggestionId}::uuid AND status = 'suggested'`),
  ]);
  return { items: rows.map(toMember), page, pageSize: MEMBER_PAGE_SIZE, total: Number(total) };
}
