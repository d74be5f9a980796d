import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteNav } from "@/components/app-shell/site-nav";
import { currentPrincipal } from "@/lib/auth/page-guard";
import { PERMISSIONS, ROLE_LABELS } from "@/lib/auth/permissions";
import { allows } from "@/lib/auth/principal";
import styles from "@/components/app-shell/app-shell.module.css";
import { Providers } from "@/components/providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Sightline", template: "%s · Sightline" },
  description: "Tracks deepfake and disinformation campaigns: sightings, campaigns, spread over time.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const principal = await currentPrincipal();
  const user = principal && {
    name: principal.name,
    email: principal.email,
    roleLabel: ROLE_LABELS[principal.role],
    permissions: PERMISSIONS.filter((p) => allows(principal, p)),
  };
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <Providers>
          {user ? (
            <div className={styles.shell}>
              <header className={styles.navColumn}>
                <SiteNav user={user} />
              </header>
              <main id="main" tabIndex={-1} className={styles.main}>
                {children}
              </main>
            </div>
          ) : (
            // Signed out (the sign-in page): no navigation to pages that would only bounce back here.
            <main id="main" tabIndex={-1} className={styles.bare}>
              {children}
            </main>
          )}
        </Providers>
      </body>
    </html>
  );
}
