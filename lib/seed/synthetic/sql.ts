import { Prisma } from "../../generated/prisma/client";

export type SqlClient = Pick<Prisma.TransactionClient, "$executeRaw" | "$queryRaw">;

/**
 * Runs `INSERT … ON CONFLICT DO NOTHING` and records what it created in the same statement, so audit and data
 * cannot diverge and a re-run (everything already present) writes neither:
 *  - "rows": one audit event per created row (entities: items, campaigns, persons …);
 *  - "batch": one summary event per statement (high-volume rows: sightings and links), keyed by `batchKey`.
 */
export async function insertAudited(
  db: SqlClient,
  entityType: string,
  insert: Prisma.Sql,
  audit: { mode: "rows"; corpus: string } | { mode: "batch"; batchKey: string },
): Promise<number> {
  if (audit.mode === "rows") {
    return db.$executeRaw(Prisma.sql`
      WITH ins AS (${insert} ON CONFLICT DO NOTHING RETURNING id::text AS id)
      INSERT INTO audit_events (actor_kind, action, entity_type, entity_id, after)
      SELECT 'system', 'seed', ${entityType}, id, jsonb_build_object('synthetic', ${audit.corpus}::text) FROM ins`);
  }
  const [row] = await db.$queryRaw<{ n: number }[]>(Prisma.sql`
    WITH ins AS (${insert} ON CONFLICT DO NOTHING RETURNING 1),
         summary AS (SELECT count(*)::int AS n FROM ins),
         logged AS (
           INSERT INTO audit_events (actor_kind, action, entity_type, entity_id, after)
           SELECT 'system', 'seed', ${entityType}, ${audit.batchKey}::text, jsonb_build_object('created', n)
           FROM summary WHERE n > 0)
    SELECT n FROM summary`);
  return row.n;
}
