"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorState } from "@/components/ui/states";
import { tokenQueries } from "@/lib/api-v1/tokens/client";
import type { CreatedTokenResponse } from "@/lib/api-v1/tokens/schemas";
import { CreateTokenForm } from "./create-token-form";
import { TokenSecret } from "./token-secret";
import { TokensTable } from "./tokens-table";

export function TokensView({ canWrite, canSeeAll }: { canWrite: boolean; canSeeAll: boolean }) {
  const [showAll, setShowAll] = useState(false);
  const [created, setCreated] = useState<CreatedTokenResponse | null>(null);
  const tokens = useQuery(tokenQueries.list(showAll));
  return (
    <>
      <section className="panel" aria-labelledby="new-token-title">
        <div className="panel-header">
          <h2 id="new-token-title">New token</h2>
        </div>
        <div className="panel-body">
          {created ? (
            <TokenSecret created={created} onDone={() => setCreated(null)} />
          ) : (
            <CreateTokenForm canWrite={canWrite} onCreated={setCreated} />
          )}
        </div>
      </section>
      <section className="panel" aria-labelledby="tokens-title">
        <div className="panel-header">
          <h2 id="tokens-title">{showAll ? "Everyone's tokens" : "Your tokens"}</h2>
          {canSeeAll && (
            <label className="nowrap">
              <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} /> Show everyone&apos;s
            </label>
          )}
        </div>
        {tokens.isError ? (
          <ErrorState error={tokens.error} title="Could not load tokens" />
        ) : (
          <TokensTable tokens={tokens.data?.tokens ?? []} loading={tokens.isPending} showOwner={showAll} />
        )}
      </section>
    </>
  );
}
