import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { confirmedItemsSql } from "./confirmed-items-sql";

export interface DossierTechnique {
  tacticId: string;
  tacticName: string;
  tacticOrder: number;
  id: string;
  name: string;
  /** Tagged on the campaign itself. */
  onCampaign: boolean;
  /** Confirmed items tagged with the technique. */
  items: number;
}

/** DISARM techniques of the campaign and of its items, with their tactic, for the tactic × technique matrix. */
export async function getDossierTechniques(campaignId: string, client: PrismaClient) {
  const rows = await client.$queryRaw<DossierTechnique[]>`
    WITH scope AS (${confirmedItemsSql(campaignId)}),
    used AS (
      SELECT technique_id, bool_or(on_campaign) AS on_campaign, sum(items)::int AS items FROM (
        SELECT technique_id, true AS on_campaign, 0 AS items FROM campaign_techniques WHERE campaign_id = ${campaignId}::uuid
        UNION ALL
        SELECT technique_id, false, count(*) FROM item_techniques WHERE item_id IN (SELECT item_id FROM scope) GROUP BY technique_id
      ) u GROUP BY technique_id
    )
    SELECT ta.id AS "tacticId", ta.name AS "tacticName", ta.sort_order AS "tacticOrder", te.id, te.name,
      used.on_campaign AS "onCampaign", used.items
    FROM used JOIN disarm_techniques te ON te.id = used.technique_id JOIN disarm_tactics ta ON ta.id = te.tactic_id
    ORDER BY ta.sort_order, te.id`;
  const tactics = new Map<string, { id: string; name: string; techniques: DossierTechnique[] }>();
  for (const r of rows) {
    const t = tactics.get(r.tacticId) ?? { id: r.tacticId, name: r.tacticName, techniques: [] };
    t.techniques.push(r);
    tactics.set(r.tacticId, t);
  }
  return { tactics: [...tactics.values()], count: rows.length };
}
