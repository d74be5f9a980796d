"use client";

import Link from "next/link";
import { useState } from "react";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { formatDateTime, formatDay } from "@/lib/format/format";
import { inviteRequest, updateUserRequest, type InvitationJson } from "@/lib/users/admin-requests";
import type { PersonRow } from "@/lib/users/list-people";
import type { UpdateUserBody } from "@/lib/users/schemas";
import { InvitationLink } from "./invitation-link";
import { useAdminMutation } from "./use-admin-mutation";
import { useHydrated } from "./use-hydrated";
import styles from "./admin.module.css";

interface Change {
  person: PersonRow;
  changes: UpdateUserBody;
}

export function PeopleTable({ people, currentUserId }: { people: PersonRow[]; currentUserId: string }) {
  const update = useAdminMutation(({ person, changes }: Change) => updateUserRequest(person.id, changes));
  const relink = useAdminMutation((person: PersonRow) => inviteRequest({ userId: person.id }));
  const [failure, setFailure] = useState<string | null>(null);
  const hydrated = useHydrated();
  const busy = !hydrated || update.isPending;
  const [link, setLink] = useState<InvitationJson | null>(null);

  const change = (person: PersonRow, changes: UpdateUserBody) => {
    setFailure(null);
    update.mutate({ person, changes }, { onError: (e) => setFailure(`${person.name}: ${e.message}`) });
  };
  const newLink = (person: PersonRow) => {
    setFailure(null);
    relink.mutate(person, { onSuccess: setLink, onError: (e) => setFailure(`${person.name}: ${e.message}`) });
  };

  return (
    <>
      <div aria-live="polite">
        {failure && (
          <p role="alert" className={`${styles.errorText} ${styles.tableMessage}`}>
            {failure}
          </p>
        )}
        {link && (
          <div className={styles.tableMessage}>
            <InvitationLink invitation={link} />
          </div>
        )}
      </div>
      <div className="table-wrap">
        <table className={`data-table ${styles.peopleTable}`}>
          <caption className="visually-hidden">People, their roles and whether they can sign in</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Last sign-in</th>
              <th scope="col">Created</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id} data-testid="person-row" data-email={person.email} className={person.active ? undefined : styles.inactiveRow}>
                <td data-label="Person" className={styles.personCell}>
                  <div>
                    <span className={styles.personName}>
                      {person.name}
                      {person.id === currentUserId && <span className="faint"> (you)</span>}
                    </span>
                    <span className={`${styles.personEmail} muted`}>{person.email}</span>
                  </div>
                </td>
                <td data-label="Role">
                  <select
                    className={`select ${styles.roleSelect}`}
                    aria-label={`Role of ${person.name}`}
                    value={person.role}
                    disabled={busy}
                    onChange={(e) => change(person, { role: e.target.value as Role })}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {ROLE_LABELS[r]}
                      </option>
                    ))}
                  </select>
                </td>
                <td data-label="Status" className="nowrap">
                  <Status person={person} />
                </td>
                <td data-label="Last sign-in" className="nowrap">{formatDateTime(person.lastLoginAt)}</td>
                <td data-label="Created" className="nowrap">{formatDay(person.createdAt)}</td>
                <td data-label="Actions">
                  <div className={styles.rowActions}>
                    <button
                      type="button"
                      className="button"
                      disabled={busy}
                      aria-label={`${person.active ? "Deactivate" : "Reactivate"} ${person.name}`}
                      onClick={() => change(person, { active: !person.active })}
                    >
                      {person.active ? "Deactivate" : "Reactivate"}
                    </button>
                    {person.active && !person.hasPassword && (
                      <button type="button" className="button" disabled={!hydrated || relink.isPending} onClick={() => newLink(person)}>
                        New invitation link
                      </button>
                    )}
                    <Link href={`/admin/audit?entityType=user&entityId=${person.id}`} className={styles.auditLink}>
                      Audit trail
                    </Link>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Status({ person }: { person: PersonRow }) {
  if (!person.active) return <span className="badge badge-neutral">Deactivated</span>;
  if (person.hasPassword) return <span className={`badge ${styles.activeBadge}`}>Active</span>;
  if (person.invitationExpiresAt && new Date(person.invitationExpiresAt) > new Date()) {
    return (
      <span className={`badge ${styles.invitedBadge}`} title={`Link valid until ${formatDateTime(person.invitationExpiresAt)}`}>
        Invited
      </span>
    );
  }
  return <span className={`badge ${styles.invitedBadge}`}>No password yet</span>;
}
