import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { UNDO_WINDOW_MS } from "./decide-suggestion";

export interface DecisionView {
  id: string;
  suggestionId: string;
  decision: "accept" | "reject";
  itemCount: number;
  campaign: { name: string; slug: string; deleted: boolean } | null;
  createdCampaign: boolean;
  decidedBy: string | null;
  decidedAt: string;
  undoneAt: string | null;
  /** The viewer may undo it now (undo-decision.ts checks the same again when asked). */
  undoable: boolean;
  undoableUntil: string;
}

interface Row {
  id: string;
  suggestion_id: string;
  decision: "accept" | "reject";
  item_count: number;
  campaign: { name: string; slug: string; deleted: boolean } | null;
  created_campaign: boolean;
  decided_by: string | null;
  decided_at: Date;
  undone_at: Date | null;
  undoable: boolean;
}

/**
 * The most recent decisions on suggestions, newest first, each with whether `viewer` can still undo it: the same
 * rules as undoDecision (in the window, not undone, no later decision on its items, no run since, theirs or an admin).
 */
export async function listRecentDecisions(prisma: PrismaClient, viewer: { userId: string; mayUndoOthers: boolean }, limit = 10): Promise<{ decisions: DecisionView[] }> {
  const since = new Date(Date.now() - UNDO_WINDOW_MS);
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    SELECT d.id::text, d.suggestion_id::text, d.decision, cardinality(d.item_ids) AS item_count, d.created_campaign,
      CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('name', c.name, 'slug', c.slug, 'deleted', c.deleted_at IS NOT NULL) END AS campaign,
      u.name AS decided_by, d.decided_at, d.undone_at,
      (d.undone_at IS NULL AND d.decided_at > ${since}
        AND (${viewer.mayUndoOthers} OR d.decided_by_id = ${viewer.userId}::uuid)
        AND NOT EXISTS (SELECT 1 FROM suggestion_decisions l WHERE l.id <> d.id AND l.undone_at IS NULL AND l.decided_at >= d.decided_at
                        AND (l.suggestion_id = d.suggestion_id OR l.item_ids && d.item_ids))
        AND NOT EXISTS (SELECT 1 FROM cluster_runs r WHERE r.status = 'completed' AND r.finished_at > d.decided_at)) AS undoable
    FROM suggestion_decisions d
    LEFT JOIN campaigns c ON c.id = d.campaign_id
    LEFT JOIN users u ON u.id = d.decided_by_id
    ORDER BY d.decided_at DESC, d.id
    LIMIT ${limit}`);
  return {
    decisions: rows.map((r) => ({
      id: r.id,
      suggestionId: r.suggestion_id,
      decision: r.decision,
      itemCount: Number(r.item_count),
      campaign: r.campaign,
      createdCampaign: r.created_campaign,
      decidedBy: r.decided_by,
      decidedAt: new Date(r.decided_at).toISOString(),
      undoneAt: r.undone_at ? new Date(r.undone_at).toISOString() : null,
      undoable: r.undoable,
      undoableUntil: new Date(new Date(r.decided_at).getTime() + UNDO_WINDOW_MS).toISOString(),
    })),
  };
}
