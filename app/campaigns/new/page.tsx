import type { Metadata } from "next";
import Link from "next/link";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { EMPTY_CAMPAIGN } from "@/components/campaigns/campaign-form-state";
import { requirePagePermission } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "New campaign" };

export default async function NewCampaignPage() {
  await requirePagePermission("write");
  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">
          <Link href="/campaigns">Campaigns</Link>
        </p>
        <h1>New campaign</h1>
        <p className="lede">Name the operation; everything else can be filled in as evidence comes in.</p>
      </header>
      <CampaignForm initial={EMPTY_CAMPAIGN} />
    </div>
  );
}
