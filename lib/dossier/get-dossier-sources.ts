import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { confirmedItemsSql } from "./confirmed-items-sql";

/** Sources cited by the campaign or by its items, the campaign's own first. */
export async function getDossierSources(campaignId: string, client: PrismaClient) {
  const rows = await client.$queryRaw<
    { id: string; title: string; publisher: string | null; url: string | null; publishedAt: Date | null; kind: string; onCampaign: boolean; items: number }[]
  >`
    WITH scope AS (${confirmedItemsSql(campaignId)})
    SELECT src.id::text AS id, src.title, src.publisher, src.url, src.published_at AS "publishedAt", src.kind::text AS kind,
      EXISTS (SELECT 1 FROM campaign_sources cs WHERE cs.source_id = src.id AND cs.campaign_id = ${campaignId}::uuid) AS "onCampaign",
      (SELECT count(*)::int FROM item_sources its WHERE its.source_id = src.id AND its.item_id IN (SELECT item_id FROM scope)) AS items
    FROM sources src
    WHERE src.deleted_at IS NULL AND (
      EXISTS (SELECT 1 FROM campaign_sources cs WHERE cs.source_id = src.id AND cs.campaign_id = ${campaignId}::uuid)
      OR EXISTS (SELECT 1 FROM item_sources its WHERE its.source_id = src.id AND its.item_id IN (SELECT item_id FROM scope)))
    ORDER BY "onCampaign" DESC, src.published_at DESC NULLS LAST, src.title`;
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt ? new Date(r.publishedAt).toISOString() : null }));
}
