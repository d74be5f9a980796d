import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { decodeAuditCursor, encodeAuditCursor } from "./audit-cursor";
import type { ListAuditQuery } from "./schemas";

export interface AuditActor {
  kind: "user" | "api_token" | "system";
  id: string | null;
  name: string | null;
  email: string | null;
  /** The token an API write came through (its name and visible prefix, never the secret). */
  token: { id: string; name: string; prefix: string } | null;
}

export interface AuditEventRow {
  id: string;
  at: string;
  actor: AuditActor;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  events: AuditEventRow[];
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

const DAY_MS = 86_400_000;

/**
 * Newest first, keyset-paginated on (at, id): each page is an index range scan from the cursor on, whatever the
 * depth, where OFFSET would read and discard every earlier row. The filters use the (actorId, at) and
 * (entityType, entityId, at) indexes; the redundant `at <= cursor.at` bound lets the planner start the scan there.
 */
export async function listAuditEvents(prisma: PrismaClient, query: ListAuditQuery): Promise<AuditPage> {
  const where: Prisma.AuditEventWhereInput[] = [];
  if (query.actor === "system") where.push({ actorKind: "system" });
  else if (query.actor) where.push({ actorId: query.actor });
  if (query.action) where.push({ action: query.action });
  if (query.entityType) where.push({ entityType: query.entityType });
  if (query.entityId) where.push({ entityId: query.entityId });
  if (query.from) where.push({ at: { gte: new Date(`${query.from}T00:00:00.000Z`) } });
  if (query.to) where.push({ at: { lt: new Date(new Date(`${query.to}T00:00:00.000Z`).getTime() + DAY_MS) } });
  const cursor = query.cursor ? decodeAuditCursor(query.cursor) : null;
  if (cursor) {
    where.push({ at: { lte: cursor.at } }, { OR: [{ at: { lt: cursor.at } }, { at: cursor.at, id: { lt: cursor.id } }] });
  }

  const rows = await prisma.auditEvent.findMany({
    where: { AND: where },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    include: { actor: { select: { name: true, email: true } } },
  });
  const page = rows.slice(0, query.limit);
  const tokens = await tokensOf(prisma, page);
  const last = page.at(-1);
  return {
    events: page.map((row) => {
      const tokenId = tokenIdOf(row);
      return {
        id: row.id.toString(),
        at: row.at.toISOString(),
        actor: {
          kind: row.actorKind,
          id: row.actorId,
          name: row.actor?.name ?? null,
          email: row.actor?.email ?? null,
          token: (tokenId && tokens.get(tokenId)) || null,
        },
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        before: row.before,
        after: row.after,
      };
    }),
    nextCursor: rows.length > query.limit && last ? encodeAuditCursor({ at: last.at, id: last.id }) : null,
  };
}

/** recordAudit keeps the token of an API write as `token:<id>` in requestId. */
function tokenIdOf(row: { actorKind: string; requestId: string | null }): string | null {
  if (row.actorKind !== "api_token" || !row.requestId?.startsWith("token:")) return null;
  const id = row.requestId.slice("token:".length);
  return /^[0-9a-f-]{36}$/i.test(id) ? id : null;
}

async function tokensOf(prisma: PrismaClient, rows: { actorKind: string; requestId: string | null }[]) {
  const ids = [...new Set(rows.map(tokenIdOf).filter((id): id is string => id !== null))];
  if (!ids.length) return new Map<string, { id: string; name: string; prefix: string }>();
  const tokens = await prisma.apiToken.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, prefix: true } });
  return new Map(tokens.map((t) => [t.id, t]));
}
