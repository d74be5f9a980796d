"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { revokeTokenRequest, tokenKeys } from "@/lib/api-v1/tokens/client";
import type { TokenRow } from "@/lib/api-v1/tokens/schemas";
import styles from "./tokens.module.css";

const when = (iso: string | null, empty = "—") =>
  iso ? new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC" : empty;

function status(token: TokenRow): { label: string; live: boolean } {
  if (token.status === "revoked") return { label: `revoked ${when(token.revokedAt)}`, live: false };
  if (token.status === "expired") return { label: `expired ${when(token.expiresAt)}`, live: false };
  return { label: token.expiresAt ? `active, expires ${when(token.expiresAt)}` : "active, never expires", live: true };
}

export function TokensTable({ tokens, loading, showOwner }: { tokens: TokenRow[]; loading: boolean; showOwner: boolean }) {
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: revokeTokenRequest,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
  if (loading) return <p className="panel-note">Loading tokens…</p>;
  if (tokens.length === 0) return <p className="panel-note">No tokens yet.</p>;
  return (
    <div className="table-wrap">
      <table className={`data-table ${styles.table}`}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Token</th>
            <th scope="col">Scope</th>
            {showOwner && <th scope="col">Owner</th>}
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
            <th scope="col"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => {
            const s = status(t);
            return (
              <tr key={t.id} className={s.live ? undefined : styles.dead}>
                <td data-label="Name">{t.name}</td>
                <td data-label="Token"><code>{t.prefix}…</code></td>
                <td data-label="Scope"><span className="badge badge-neutral">{t.scope}</span></td>
                {showOwner && <td data-label="Owner">{t.owner.email}</td>}
                <td data-label="Created" className="nowrap">{when(t.createdAt)}</td>
                <td data-label="Last used" className="nowrap">{when(t.lastUsedAt, "never")}</td>
                <td data-label="Status">{s.label}</td>
                <td className={styles.actionCell}>
                  {!t.revokedAt && (
                    <button type="button" className="button" disabled={revoke.isPending}
                      onClick={() => { if (window.confirm(`Revoke “${t.name}”? Scripts using it stop working at once.`)) revoke.mutate(t.id); }}>
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {revoke.isError && <p role="alert" className={styles.fieldError}>{revoke.error.message}</p>}
    </div>
  );
}
