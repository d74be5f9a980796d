import { requirePagePermission } from "@/lib/auth/page-guard";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cachedAnalytics } from "@/lib/analytics/cached-analytics";
import { dataVersion } from "@/lib/analytics/cached-query";
import { db } from "@/lib/db";
import { analyticsQueries } from "@/lib/analytics/query-options";
import { getCampaignDossier } from "@/lib/dossier/get-campaign-dossier";
import { getGraphExcerpt } from "@/lib/graph/get-graph-excerpt";
import { graphQuerySchema } from "@/lib/graph/schemas";
import { getQueryClient } from "@/lib/query-client";
import { DOSSIER_INTERVAL } from "./dossier-charts";
import { DossierView } from "./dossier-view";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: `Dossier: ${slug}` };
}

export default async function CampaignDossierPage({ params }: Props) {
  await requirePagePermission("read");
  await connection();
  const { slug } = await params;
  const dossier = await getCampaignDossier(slug);
  if (!dossier) notFound();
  const f = { campaign: dossier.campaign.slug };
  const queryClient = getQueryClient();
  const version = dataVersion(db);
  // The charts' data is on the first paint (and in a printout made at once), under the browser's own query keys.
  // The graph excerpt (lib/graph): a static, server-drawn SVG of the campaign's strongest nodes. Without it the
  // dossier still lists the strongest connections in words.
  const excerpt = getGraphExcerpt(graphQuerySchema.parse({ campaign: dossier.campaign.slug })).catch((error: unknown) => {
    console.error("Dossier graph excerpt failed:", error);
    return null;
  });
  await Promise.all([
    queryClient.prefetchQuery({
      ...analyticsQueries.spread({ ...f, interval: DOSSIER_INTERVAL, stack: "platform" }),
      queryFn: () => cachedAnalytics.spread({ ...f, interval: DOSSIER_INTERVAL, stack: "platform" }, db, version),
    }),
    queryClient.prefetchQuery({ ...analyticsQueries.countries(f), queryFn: () => cachedAnalytics.countries(f, db, version) }),
    queryClient.prefetchQuery({ ...analyticsQueries.languages(f), queryFn: () => cachedAnalytics.languages(f, db, version) }),
    queryClient.prefetchQuery({
      ...analyticsQueries.markers({ ...f, interval: DOSSIER_INTERVAL }),
      queryFn: () => cachedAnalytics.markers({ ...f, interval: DOSSIER_INTERVAL }, db, version),
    }),
  ]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <DossierView dossier={dossier} excerpt={await excerpt} />
    </HydrationBoundary>
  );
}
