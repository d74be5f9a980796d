import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { LogSightingForm } from "@/components/log/log-sighting-form";

export const metadata: Metadata = { title: "Log a sighting" };

export default async function Page() {
  await requirePagePermission("write");
  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">Ingest</p>
        <h1>Log a sighting</h1>
        <p className="muted">Paste the link first: if the content is already known, attach this sighting to it with Alt+A.</p>
      </header>
      <LogSightingForm />
    </div>
  );
}
