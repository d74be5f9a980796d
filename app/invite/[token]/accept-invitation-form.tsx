"use client";

import Link from "next/link";
import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { acceptInvitationRequest } from "@/lib/users/admin-requests";
import { useHydrated } from "@/components/admin/use-hydrated";
import styles from "@/components/admin/admin.module.css";

const MIN_LENGTH = 10;

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const id = useId();
  const [mismatch, setMismatch] = useState<string | null>(null);
  const accept = useMutation({ mutationFn: acceptInvitationRequest });
  const hydrated = useHydrated();

  if (accept.isSuccess) {
    return (
      <div role="status" className={styles.inviteForm}>
        <p className={styles.success}>Your password is set. Sign in with {email} and your new password.</p>
        <Link href="/sign-in" className="button button-primary">
          Sign in
        </Link>
      </div>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    if (password.length < MIN_LENGTH) return setMismatch(`The password must be at least ${MIN_LENGTH} characters.`);
    if (password !== String(form.get("confirm") ?? "")) return setMismatch("The two passwords differ.");
    setMismatch(null);
    accept.mutate({ token, password });
  };
  const problem = mismatch ?? (accept.isError ? accept.error.message : null);

  return (
    <form className={styles.inviteForm} onSubmit={submit} noValidate>
      {/* Lets password managers store the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <div className="field">
        <label htmlFor={`${id}-password`}>New password (at least {MIN_LENGTH} characters)</label>
        <input id={`${id}-password`} name="password" type="password" className="input" autoComplete="new-password" minLength={MIN_LENGTH} maxLength={256} required />
      </div>
      <div className="field">
        <label htmlFor={`${id}-confirm`}>Repeat the password</label>
        <input id={`${id}-confirm`} name="confirm" type="password" className="input" autoComplete="new-password" maxLength={256} required />
      </div>
      {problem && (
        <p role="alert" className={styles.errorText}>
          {problem}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={!hydrated || accept.isPending}>
        {accept.isPending ? "Saving…" : "Set password"}
      </button>
    </form>
  );
}
