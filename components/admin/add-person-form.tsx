"use client";

import { useId, useState, type FormEvent, type ReactNode } from "react";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { createUserRequest, inviteRequest, type InvitationJson, type UserJson } from "@/lib/users/admin-requests";
import { fieldErrorsOf } from "./field-errors";
import { InvitationLink } from "./invitation-link";
import { useAdminMutation } from "./use-admin-mutation";
import { useHydrated } from "./use-hydrated";
import styles from "./admin.module.css";

type Mode = "invite" | "password";
type Submitted = { mode: "invite"; body: { email: string; name: string; role: Role } } | { mode: "password"; body: { email: string; name: string; role: Role; password: string } };

/** Adds a person: by default with a one-time invitation link, or with a password the admin hands over. */
export function AddPersonForm() {
  const id = useId();
  const [mode, setMode] = useState<Mode>("invite");
  const [role, setRole] = useState<Role>("fact_checker");
  const hydrated = useHydrated();
  const mutation = useAdminMutation<Submitted, { mode: "invite"; invitation: InvitationJson } | { mode: "password"; user: UserJson }>(
    async (submitted) =>
      submitted.mode === "invite"
        ? { mode: "invite", invitation: await inviteRequest(submitted.body) }
        : { mode: "password", user: await createUserRequest(submitted.body) },
  );
  const errors = fieldErrorsOf(mutation.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const body = { email: text("email"), name: text("name"), role };
    mutation.mutate(mode === "invite" ? { mode, body } : { mode, body: { ...body, password: text("password") } }, {
      onSuccess: () => (event.target as HTMLFormElement).reset(),
    });
  };

  const field = (name: string, label: string, input: ReactNode) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {input}
      {errors[name] && (
        <span id={`${id}-${name}-error`} className={styles.fieldError}>
          {label} {errors[name]}
        </span>
      )}
    </div>
  );
  const invalid = (name: string) => (errors[name] ? { "aria-invalid": true, "aria-describedby": `${id}-${name}-error` } : {});

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <div className="panel-header">
        <h2 id={`${id}-title`}>Add a person</h2>
      </div>
      <form className={styles.addForm} onSubmit={submit} noValidate>
        {field("email", "Email", <input id={`${id}-email`} name="email" type="email" className="input" required maxLength={254} autoComplete="off" {...invalid("email")} />)}
        {field("name", "Name", <input id={`${id}-name`} name="name" className="input" required maxLength={200} autoComplete="off" {...invalid("name")} />)}
        {field(
          "role",
          "Role",
          <select id={`${id}-role`} className="select" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>,
        )}
        <fieldset className={styles.modes}>
          <legend className="field-label">How they get in</legend>
          <label>
            <input type="radio" name="mode" checked={mode === "invite"} onChange={() => setMode("invite")} /> Invitation link
          </label>
          <label>
            <input type="radio" name="mode" checked={mode === "password"} onChange={() => setMode("password")} /> Set a password now
          </label>
        </fieldset>
        {mode === "password" &&
          field("password", "Password", <input id={`${id}-password`} name="password" type="password" className="input" minLength={10} autoComplete="new-password" {...invalid("password")} />)}
        <div className={styles.formActions}>
          <button type="submit" className="button button-primary" disabled={!hydrated || mutation.isPending}>
            {mode === "invite" ? "Create and get invitation link" : "Create account"}
          </button>
        </div>
      </form>
      <div aria-live="polite" className={styles.formResult}>
        {mutation.isError && (
          <p role="alert" className={styles.errorText}>
            {mutation.error.message}
          </p>
        )}
        {mutation.data?.mode === "invite" && <InvitationLink invitation={mutation.data.invitation} />}
        {mutation.data?.mode === "password" && (
          <p className={styles.success}>
            Created {mutation.data.user.name} ({mutation.data.user.email}). They can sign in with the password you set.
          </p>
        )}
      </div>
    </section>
  );
}
