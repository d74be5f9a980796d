import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { confirmedItemsSql } from "./confirmed-items-sql";

export interface DossierParty {
  id: string;
  name: string;
  kind: "person" | "organization";
  role: string;
  items: number;
  detail: string | null;
  url: string | null;
}

/** People and outlets the campaign's items impersonate or target, most used first. */
export async function getDossierParties(campaignId: string, client: PrismaClient): Promise<DossierParty[]> {
  return client.$queryRaw<DossierParty[]>`
    WITH scope AS (${confirmedItemsSql(campaignId)})
    SELECT p.id::text AS id, p.name, 'person' AS kind, ip.role::text AS role, count(*)::int AS items,
      coalesce(p.description, o.name) AS detail, p.url
    FROM item_persons ip JOIN persons p ON p.id = ip.person_id LEFT JOIN organizations o ON o.id = p.affiliation_id
    WHERE ip.item_id IN (SELECT item_id FROM scope) AND p.deleted_at IS NULL AND ip.role IN ('impersonated', 'targeted')
    GROUP BY p.id, o.name, ip.role
    UNION ALL
    SELECT o.id::text, o.name, 'organization', io.role::text, count(*)::int, o.description, o.url
    FROM item_organizations io JOIN organizations o ON o.id = io.organization_id
    WHERE io.item_id IN (SELECT item_id FROM scope) AND o.deleted_at IS NULL AND io.role IN ('impersonated', 'targeted')
    GROUP BY o.id, io.role
    ORDER BY role, items DESC, name`;
}
