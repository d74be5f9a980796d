import "server-only";
import { Prisma } from "../generated/prisma/client";

/** The campaign's confirmed, live items: the set every dossier figure is about. */
export function confirmedItemsSql(campaignId: string): Prisma.Sql {
  return Prisma.sql`SELECT ic.item_id FROM item_campaigns ic JOIN items ci ON ci.id = ic.item_id
    WHERE ic.campaign_id = ${campaignId}::uuid AND ic.status = 'confirmed' AND ci.deleted_at IS NULL`;
}
