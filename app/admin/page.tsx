import { requirePagePermission } from "@/lib/auth/page-guard";
import type { Metadata } from "next";
import { ComingSoon } from "@/components/coming-soon";

export const metadata: Metadata = { title: "Admin" };

export default async function Page() {
  await requirePagePermission("admin");
  return (
    <ComingSoon
      title="Admin"
      summary="People, roles, API tokens and the audit trail: nothing happens without a trace."
      plans={[
        "Invite people and set their role: admin, fact-checker, journalist, researcher.",
        "Issue and revoke API tokens (read or write scope); only a hash of each secret is stored.",
        "Read the audit trail: who changed what, when, before and after.",
      ]}
      meanwhile={{ href: "/api/health", label: "check system health (JSON)" }}
    />
  );
}
