"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ApiClientError } from "@/lib/http/api-client";
import { createToken, tokenKeys } from "@/lib/api-v1/tokens/client";
import { TOKEN_EXPIRY_DAYS, type CreatedTokenResponse } from "@/lib/api-v1/tokens/schemas";
import styles from "./tokens.module.css";

export function CreateTokenForm({ canWrite, onCreated }: { canWrite: boolean; onCreated: (created: CreatedTokenResponse) => void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [scope, setScope] = useState<"read" | "write">("read");
  const [expiry, setExpiry] = useState("90");
  const mutation = useMutation({
    mutationFn: createToken,
    onSuccess: async (created) => {
      setName("");
      onCreated(created);
      await queryClient.invalidateQueries({ queryKey: tokenKeys.all });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({ name, scope, expiresInDays: expiry === "never" ? null : Number(expiry) });
  };
  const error = mutation.error;
  const fieldError = (path: string) => (error instanceof ApiClientError ? error.details.find((d) => d.path === path)?.message : undefined);
  return (
    <form className={styles.form} onSubmit={submit} aria-describedby={error ? "token-error" : undefined}>
      <div className="field">
        <label htmlFor="token-name">Name</label>
        <input id="token-name" className="input" value={name} onChange={(e) => setName(e.target.value)} required maxLength={100}
          placeholder="e.g. tipline bot" aria-invalid={Boolean(fieldError("name"))} />
        {fieldError("name") && <span className={styles.fieldError}>{fieldError("name")}</span>}
      </div>
      <div className="field">
        <label htmlFor="token-scope">Scope</label>
        <select id="token-scope" className="select" value={scope} onChange={(e) => setScope(e.target.value as "read" | "write")}>
          <option value="read">read — list and get</option>
          <option value="write" disabled={!canWrite}>write — also create and update{canWrite ? "" : " (your role cannot write)"}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="token-expiry">Expires</label>
        <select id="token-expiry" className="select" value={expiry} onChange={(e) => setExpiry(e.target.value)}>
          {TOKEN_EXPIRY_DAYS.map((d) => (
            <option key={d} value={String(d)}>in {d} days</option>
          ))}
          <option value="never">never</option>
        </select>
      </div>
      <div className={styles.actions}>
        <button type="submit" className="button button-primary" disabled={mutation.isPending}>
          {mutation.isPending ? "Creating…" : "Create token"}
        </button>
      </div>
      {error && !fieldError("name") && (
        <p id="token-error" role="alert" className={styles.fieldError}>{error.message}</p>
      )}
    </form>
  );
}
