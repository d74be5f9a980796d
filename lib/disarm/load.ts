import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { readDisarmCatalog } from "./catalog";

export interface DisarmLoadResult {
  tactics: number;
  techniques: number;
  /** Rows inserted or changed by this run (0 when the database already matched the CSVs). */
  written: number;
}

/**
 * Upserts the shipped DISARM Red Framework in two multi-row statements inside one transaction. Rows are only
 * rewritten when they differ, and each written row leaves a system audit event, so a second run changes nothing.
 */
export async function loadDisarm(prisma: PrismaClient): Promise<DisarmLoadResult> {
  const { tactics, techniques } = readDisarmCatalog();
  const written = await prisma.$transaction(async (tx) => {
    const tacticRows = await tx.$executeRaw(Prisma.sql`
      WITH up AS (
        INSERT INTO disarm_tactics (id, name, summary, phase, sort_order)
        SELECT * FROM unnest(
          ${tactics.map((t) => t.id)}::text[], ${tactics.map((t) => t.name)}::text[],
          ${tactics.map((t) => t.summary)}::text[], ${tactics.map((t) => t.phase)}::text[],
          ${tactics.map((t) => t.sortOrder)}::int[])
        ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, summary = EXCLUDED.summary, phase = EXCLUDED.phase,
          sort_order = EXCLUDED.sort_order
        WHERE (disarm_tactics.name, disarm_tactics.summary, disarm_tactics.phase, disarm_tactics.sort_order)
          IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.summary, EXCLUDED.phase, EXCLUDED.sort_order)
        RETURNING id, name, (xmax = 0) AS inserted)
      INSERT INTO audit_events (actor_kind, action, entity_type, entity_id, after)
      SELECT 'system', 'seed', 'disarm_tactic', id, jsonb_build_object('name', name, 'inserted', inserted) FROM up`);
    // One statement: PostgreSQL checks the parent_id foreign key at its end, so parents need not come first.
    const techniqueRows = await tx.$executeRaw(Prisma.sql`
      WITH up AS (
        INSERT INTO disarm_techniques (id, name, summary, tactic_id, parent_id)
        SELECT * FROM unnest(
          ${techniques.map((t) => t.id)}::text[], ${techniques.map((t) => t.name)}::text[],
          ${techniques.map((t) => t.summary)}::text[], ${techniques.map((t) => t.tacticId)}::text[],
          ${techniques.map((t) => t.parentId)}::text[])
        ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, summary = EXCLUDED.summary,
          tactic_id = EXCLUDED.tactic_id, parent_id = EXCLUDED.parent_id
        WHERE (disarm_techniques.name, disarm_techniques.summary, disarm_techniques.tactic_id, disarm_techniques.parent_id)
          IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.summary, EXCLUDED.tactic_id, EXCLUDED.parent_id)
        RETURNING id, name, (xmax = 0) AS inserted)
      INSERT INTO audit_events (actor_kind, action, entity_type, entity_id, after)
      SELECT 'system', 'seed', 'disarm_technique', id, jsonb_build_object('name', name, 'inserted', inserted) FROM up`);
    return tacticRows + techniqueRows;
  });
  return { tactics: tactics.length, techniques: techniques.length, written };
}

/** True when the reference tables hold the whole shipped framework (a cheap check for start-up). */
export async function isDisarmLoaded(prisma: PrismaClient): Promise<boolean> {
  const { techniques } = readDisarmCatalog();
  const [row] = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM disarm_techniques`;
  return Number(row.n) >= techniques.length;
}
