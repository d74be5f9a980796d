import { Prisma } from "../generated/prisma/client";

type AuditClient = Pick<Prisma.TransactionClient, "auditEvent">;

interface PendingAudit {
  entityType: string;
  entityId: string;
  after: Prisma.InputJsonValue | undefined;
}

/**
 * Collects one audit event per row a seed creates and writes them in one createMany at the end of the
 * transaction. Only created rows are recorded, so a re-run that finds everything in place adds no events.
 */
export class SeedAudit {
  private readonly pending: PendingAudit[] = [];

  created(entityType: string, entityId: string, after?: Prisma.InputJsonValue): void {
    this.pending.push({ entityType, entityId, after });
  }

  get size(): number {
    return this.pending.length;
  }

  async flush(db: AuditClient): Promise<number> {
    if (!this.pending.length) return 0;
    const { count } = await db.auditEvent.createMany({
      data: this.pending.map((event) => ({
        actorKind: "system" as const,
        action: "seed",
        entityType: event.entityType,
        entityId: event.entityId,
        after: event.after,
      })),
    });
    this.pending.length = 0;
    return count;
  }
}
