import type { Prisma } from "../generated/prisma/client";

/** Who did something: a signed-in person, an API token (on behalf of its owner), or Sightline itself. */
export type Actor =
  | { kind: "user"; userId: string }
  | { kind: "api_token"; userId: string; tokenId: string }
  | { kind: "system" };

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  requestId?: string;
}

type AuditClient = Pick<Prisma.TransactionClient, "auditEvent">;

/**
 * Records one write. Call it with the transaction client of the write itself, so the change and its trace
 * commit or roll back together — there is no write without a trace.
 */
export async function recordAudit(tx: AuditClient, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorKind: actor.kind,
      actorId: actor.kind === "system" ? null : actor.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
      requestId: entry.requestId ?? (actor.kind === "api_token" ? `token:${actor.tokenId}` : null),
    },
  });
}

/** Many writes of one action at once (a decision on 5,000 links): one multi-row insert, same rows as recordAudit. */
export async function recordAuditMany(tx: AuditClient, actor: Actor, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditEvent.createMany({
    data: entries.map((entry) => ({
      actorKind: actor.kind,
      actorId: actor.kind === "system" ? null : actor.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
      requestId: entry.requestId ?? (actor.kind === "api_token" ? `token:${actor.tokenId}` : null),
    })),
  });
}

/** JSON-safe snapshot: Dates become ISO strings and BigInts strings; undefined stays absent. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}
