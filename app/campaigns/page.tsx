import { requirePagePermission } from "@/lib/auth/page-guard";
import type { Metadata } from "next";
import { ComingSoon } from "@/components/coming-soon";

export const metadata: Metadata = { title: "Campaigns" };

export default async function Page() {
  await requirePagePermission("read");
  return (
    <ComingSoon
      title="Campaigns"
      summary="Dossiers of coordinated operations such as Matryoshka / Operation Overload, Doppelganger and Storm-1516."
      plans={[
        "A list of campaigns with status, attributed actor, first and last seen, countries and languages reached.",
        "A dossier per campaign: what, since when, where, who is impersonated, how it spread — with evidence behind every link.",
        "Review of suggested item links: accept or reject each with its confidence and reasons; nothing is attached silently.",
        "Linkable views: every filter lives in the URL so a colleague opens exactly what you saw.",
      ]}
      meanwhile={{ href: "/items", label: "browse items, filtered by campaign" }}
    />
  );
}
