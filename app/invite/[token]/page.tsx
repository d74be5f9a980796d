import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getDatabase } from "@/lib/db";
import { formatDateTime } from "@/lib/format/format";
import { describeInvitation } from "@/lib/users/invitations";
import { AcceptInvitationForm } from "./accept-invitation-form";
import styles from "@/components/admin/admin.module.css";

// The token is in the path: never send it onward in a Referer header, never index the page.
export const metadata: Metadata = { title: "Accept invitation", referrer: "no-referrer", robots: { index: false, follow: false } };

const REFUSALS = {
  unknown: "This invitation link is not valid: it was already used, replaced by a newer link, or never existed.",
  expired: "This invitation has expired.",
  inactive: "This account has been deactivated.",
} as const;

/** Public (the token is the credential): the invited person chooses their password, then signs in. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const invitation = await describeInvitation(getDatabase().prisma, token);
  return (
    <div className={styles.invitePage}>
      <section className={styles.inviteCard} aria-labelledby="invite-title">
        {invitation.status === "valid" ? (
          <>
            <h1 id="invite-title">Welcome to Sightline, {invitation.name}</h1>
            <p className="muted">
              Choose a password for <strong>{invitation.email}</strong>. This link works once, until{" "}
              {formatDateTime(invitation.expiresAt.toISOString())}.
            </p>
            <AcceptInvitationForm token={token} email={invitation.email} />
          </>
        ) : (
          <>
            <h1 id="invite-title">Invitation not usable</h1>
            <p role="alert">{REFUSALS[invitation.status]}</p>
            <p className="muted">Ask your team&apos;s admin for a new link, or sign in if you already set a password.</p>
            <p>
              <Link href="/sign-in">Go to sign-in</Link>
            </p>
          </>
        )}
      </section>
    </div>
  );
}
