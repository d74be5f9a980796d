import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import { getDossierFigures } from "./get-dossier-figures";
import { getDossierItems } from "./get-dossier-items";
import { getDossierParties } from "./get-dossier-parties";
import { getDossierTechniques } from "./get-dossier-techniques";
import { getDossierConnections } from "./get-dossier-connections";
import { getDossierSources } from "./get-dossier-sources";

/**
 * Everything a campaign dossier tells, for one campaign (by slug; a merged campaign's slug resolves to itself — the
 * page says where it went): the record, key figures, parties, DISARM techniques, connections, items with their
 * evidence, sources. Charts (timeline, map, languages, markers) come from lib/analytics with the campaign filter.
 * Only confirmed item links count, as in every campaign figure.
 */
export async function getCampaignDossier(slug: string, client: PrismaClient = db) {
  const campaign = await client.campaign.findFirst({
    where: { slug, deletedAt: null },
    select: {
      id: true, slug: true, name: true, aliases: true, description: true, status: true, originCountry: true,
      targetCountries: true, firstSeenAt: true, lastSeenAt: true, itemCount: true, sightingCount: true, updatedAt: true,
      threatActor: { select: { name: true, kind: true, country: true, description: true } },
      mergedInto: { select: { slug: true, name: true } },
    },
  });
  if (!campaign) return null;
  const [figures, parties, techniques, connections, items, sources] = await Promise.all([
    getDossierFigures(campaign.id, client),
    getDossierParties(campaign.id, client),
    getDossierTechniques(campaign.id, client),
    getDossierConnections(campaign.id, client),
    getDossierItems(campaign.id, client),
    getDossierSources(campaign.id, client),
  ]);
  return {
    campaign: {
      ...campaign,
      firstSeenAt: campaign.firstSeenAt?.toISOString() ?? null,
      lastSeenAt: campaign.lastSeenAt?.toISOString() ?? null,
      updatedAt: campaign.updatedAt.toISOString(),
    },
    figures,
    parties,
    techniques,
    connections,
    items,
    sources,
  };
}

export type CampaignDossier = NonNullable<Awaited<ReturnType<typeof getCampaignDossier>>>;
