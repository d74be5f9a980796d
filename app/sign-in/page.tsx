import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { isDemoMode, readDemoCredentials } from "@/lib/auth/demo-credentials";
import { currentPrincipal } from "@/lib/auth/page-guard";
import { ROLE_LABELS, isRole } from "@/lib/auth/permissions";
import { safeNextPath } from "@/lib/auth/safe-redirect";
import { SignInForm } from "./sign-in-form";
import styles from "./sign-in.module.css";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  if (await currentPrincipal()) redirect(next);
  const demo = isDemoMode() ? readDemoCredentials() : [];
  return (
    <div className={styles.page}>
      <section className={styles.card} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in to Sightline</h1>
        <p className={styles.lead}>Accounts are created by your team&apos;s admin.</p>
        <SignInForm next={next} />
      </section>
      {demo.length ? (
        <section className={styles.card} aria-labelledby="demo-title">
          <h2 id="demo-title">Demo accounts</h2>
          <p className={styles.lead}>This instance runs in demo mode. One account per role:</p>
          <table className={styles.demo}>
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col">Email</th>
                <th scope="col">Password</th>
              </tr>
            </thead>
            <tbody>
              {demo.map((c) => (
                <tr key={c.email} data-testid={`demo-${c.role}`}>
                  <td>{isRole(c.role) ? ROLE_LABELS[c.role] : c.role}</td>
                  <td>
                    <code>{c.email}</code>
                  </td>
                  <td>
                    <code>{c.password}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
