import { requirePagePermission } from "@/lib/auth/page-guard";
import type { Metadata } from "next";
import { ComingSoon } from "@/components/coming-soon";

export const metadata: Metadata = { title: "Log a sighting" };

export default async function Page() {
  await requirePagePermission("write");
  return (
    <ComingSoon
      title="Log a sighting"
      summary="Record a suspicious video, post or article in under a minute, and learn at once whether it is already known."
      plans={[
        "A fast, keyboard-first form: URL, platform, when, who is impersonated, target country, language, markers, verdict.",
        "Instant duplicate check while you type: same URL, same file hash (SHA-256), or near-identical text.",
        "The campaign the content probably belongs to, with the reasons (same impersonated person, shared accounts, language markers).",
        "Evidence upload (screenshots, video, audio) with the MIME type sniffed and the SHA-256 recorded for chain of custody.",
      ]}
      meanwhile={{ href: "/items", label: "search the items already logged" }}
    />
  );
}
