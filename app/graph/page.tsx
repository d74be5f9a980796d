import { requirePagePermission } from "@/lib/auth/page-guard";
import type { Metadata } from "next";
import { ComingSoon } from "@/components/coming-soon";

export const metadata: Metadata = { title: "Graph" };

export default async function Page() {
  await requirePagePermission("read");
  return (
    <ComingSoon
      title="Graph"
      summary="A force-directed map of items, accounts, people, outlets and campaigns, and the evidence on every edge."
      plans={[
        "Nodes and edges for the current filter (campaign, country, month), laid out in a Web Worker and drawn on canvas.",
        "Click through from any edge to the items and sightings behind it.",
        "Export the same view as GEXF or GraphML for Gephi.",
      ]}
      meanwhile={{ href: "/", label: "see the overview" }}
    />
  );
}
