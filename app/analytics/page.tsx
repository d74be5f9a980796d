import { requirePagePermission } from "@/lib/auth/page-guard";
import type { Metadata } from "next";
import { ComingSoon } from "@/components/coming-soon";

export const metadata: Metadata = { title: "Analytics" };

export default async function Page() {
  await requirePagePermission("read");
  return (
    <ComingSoon
      title="Analytics"
      summary="How campaigns spread over time, platforms, countries, languages and language markers."
      plans={[
        "Sightings by day, platform, audience country and language, for any filter.",
        "Which language markers (e.g. Russian syntax calques) occur where and when.",
        "Charts you can link to: the filter is part of the URL.",
      ]}
      meanwhile={{ href: "/", label: "see sightings per day on the overview" }}
    />
  );
}
