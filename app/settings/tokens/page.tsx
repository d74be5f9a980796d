import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { connection } from "next/server";
import { TokensView } from "@/components/tokens/tokens-view";
import { listTokens } from "@/lib/api-v1/tokens/manage-tokens";
import { tokenQueries } from "@/lib/api-v1/tokens/client";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { allows } from "@/lib/auth/principal";
import { db } from "@/lib/db";
import { getQueryClient } from "@/lib/query-client";

export const metadata: Metadata = { title: "API tokens" };

/** Any signed-in person manages their own API tokens here; admins can also see (and revoke) everyone's. */
export default async function TokensPage() {
  await connection();
  const principal = await requirePagePermission("read");
  const queryClient = getQueryClient();
  await queryClient.prefetchQuery({ ...tokenQueries.list(false), queryFn: () => listTokens(db, principal, false) });
  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">Settings</p>
        <h1>API tokens</h1>
        <p className="lede">
          Tokens let scripts and tiplines use the <a href="/developers">REST API</a> as you. A token is shown once; Sightline keeps only a
          hash of it. Revoke a token as soon as it is no longer needed.
        </p>
      </header>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <TokensView canWrite={allows(principal, "write")} canSeeAll={allows(principal, "admin")} />
      </HydrationBoundary>
    </div>
  );
}
