import "server-only";
import type { PrismaClient } from "../generated/prisma/client";

/** A dossier lists the earliest items in full; beyond this the Items page (linked) has them all. */
export const DOSSIER_ITEM_LIMIT = 200;

/** The campaign's confirmed items, earliest first, with the link's confidence, reasons and evidence, and their files. */
export async function getDossierItems(campaignId: string, client: PrismaClient) {
  const links = await client.itemCampaign.findMany({
    where: { campaignId, status: "confirmed", item: { deletedAt: null } },
    orderBy: [{ item: { firstSeenAt: { sort: "asc", nulls: "last" } } }, { itemId: "asc" }],
    take: DOSSIER_ITEM_LIMIT,
    select: {
      confidence: true, reasons: true, evidence: true, decidedAt: true,
      decidedBy: { select: { name: true } },
      item: {
        select: {
          id: true, kind: true, title: true, originalUrl: true, archiveUrl: true, platform: true, languages: true, languagesDetected: true,
          verdict: true, manipulations: true, targetCountries: true, firstSeenAt: true, sightingCount: true,
          evidence: { where: { deletedAt: null }, select: { id: true, originalName: true, mimeType: true, sha256: true } },
          annotations: { where: { deletedAt: null }, select: { quote: true, marker: { select: { name: true } } }, take: 5 },
        },
      },
    },
  });
  return links.map((l) => ({
    ...l.item,
    firstSeenAt: l.item.firstSeenAt?.toISOString() ?? null,
    confidence: l.confidence,
    reasons: Array.isArray(l.reasons) ? (l.reasons as { signal?: string; detail?: string }[]) : [],
    linkEvidence: l.evidence,
    decidedBy: l.decidedBy?.name ?? null,
    decidedAt: l.decidedAt?.toISOString() ?? null,
  }));
}

export type DossierItem = Awaited<ReturnType<typeof getDossierItems>>[number];
