import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { confirmedItemsSql } from "./confirmed-items-sql";

export interface DossierConnection {
  kind: "account" | "narrative";
  label: string;
  detail: string | null;
  url: string | null;
  items: number;
  sightings: number;
}

/**
 * The strongest connections around the campaign, for the dossier's graph excerpt in words: the accounts that spread
 * most of its items and the narratives most of its items push.
 */
export async function getDossierConnections(campaignId: string, client: PrismaClient): Promise<DossierConnection[]> {
  return client.$queryRaw<DossierConnection[]>`
    WITH scope AS (${confirmedItemsSql(campaignId)})
    (SELECT 'account' AS kind, a.platform || ': ' || a.handle AS label, a.label AS detail, a.url,
       count(DISTINCT s.item_id)::int AS items, count(*)::int AS sightings
     FROM sightings s JOIN accounts a ON a.id = s.account_id
     WHERE s.item_id IN (SELECT item_id FROM scope) AND s.deleted_at IS NULL AND a.deleted_at IS NULL
     GROUP BY a.id ORDER BY items DESC, sightings DESC, label LIMIT 8)
    UNION ALL
    (SELECT 'narrative', n.title, n.claim, NULL, count(*)::int, 0
     FROM item_narratives inr JOIN narratives n ON n.id = inr.narrative_id
     WHERE inr.item_id IN (SELECT item_id FROM scope) AND n.deleted_at IS NULL
     GROUP BY n.id ORDER BY 5 DESC, 2 LIMIT 8)`;
}
