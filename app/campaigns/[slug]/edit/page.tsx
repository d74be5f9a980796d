import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { CampaignEditor } from "./campaign-editor";

export const metadata: Metadata = { title: "Edit campaign" };

export default async function EditCampaignPage({ params }: { params: Promise<{ slug: string }> }) {
  await requirePagePermission("write");
  await connection();
  const campaign = await getCampaign(decodeURIComponent((await params).slug));
  if (!campaign || campaign.deletedAt) notFound();
  if (campaign.mergedInto) redirect(`/campaigns/${campaign.mergedInto.slug}/edit`);
  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">
          <Link href={`/campaigns/${campaign.slug}`}>{campaign.name}</Link>
        </p>
        <h1>Edit campaign</h1>
      </header>
      <CampaignEditor initial={campaign} />
    </div>
  );
}
