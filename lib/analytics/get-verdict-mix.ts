import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import { rollupItemFilterSql } from "../filters/dataset-filter-sql";
import type { DatasetFilter } from "../filters/dataset-filter";

/** Items per verdict in the subset; every verdict is listed (zero included) so the mix always has the same bars. */
export async function getVerdictMix(filter: DatasetFilter, client: PrismaClient = db) {
  const rows = await client.$queryRaw<{ verdict: string; items: number }[]>`
    SELECT v.verdict::text AS verdict, count(a.item_id)::int AS items
    FROM unnest(enum_range(NULL::"Verdict")) AS v(verdict)
    LEFT JOIN analytics_items a ON a.verdict = v.verdict AND ${rollupItemFilterSql(filter)}
    GROUP BY v.verdict ORDER BY v.verdict`;
  return { verdicts: rows };
}

export type VerdictMix = Awaited<ReturnType<typeof getVerdictMix>>;
