import { requirePagePermission } from "@/lib/auth/page-guard";
import type { Metadata } from "next";
import { ComingSoon } from "@/components/coming-soon";

export const metadata: Metadata = { title: "Exports" };

export default async function Page() {
  await requirePagePermission("export");
  return (
    <ComingSoon
      title="Exports"
      summary="Reproducible datasets for researchers: the same filter always yields the same files."
      plans={[
        "CSV with a codebook, JSONL, STIX 2.1 bundles for OpenCTI / MISP, GEXF and GraphML for Gephi, ClaimReview markup.",
        "Snapshots: a manifest pins the filter, the time, row counts and each file's SHA-256, and keeps an id to cite.",
        "Large exports stream and run in the background.",
      ]}
      meanwhile={{ href: "/items", label: "filter items in the list" }}
    />
  );
}
