import type { Metadata } from "next";
import { connection } from "next/server";
import { GraphExplorer } from "@/components/graph/graph-explorer";
import { requirePagePermission } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Graph" };

export default async function GraphPage() {
  await requirePagePermission("read");
  await connection();
  return (
    <div className="page">
      <header className="page-header">
        <h1>Graph</h1>
        <p className="lede">
          How campaigns hang together: items, the people and outlets they impersonate or target, the accounts that post
          them, their domains and who is behind them. The filters and the view live in the address bar, so a link opens
          this exact picture.
        </p>
      </header>
      <GraphExplorer />
    </div>
  );
}
