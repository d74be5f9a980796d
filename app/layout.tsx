import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteNav } from "@/components/app-shell/site-nav";
import styles from "@/components/app-shell/app-shell.module.css";
import { Providers } from "@/components/providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Sightline", template: "%s · Sightline" },
  description: "Tracks deepfake and disinformation campaigns: sightings, campaigns, spread over time.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <Providers>
          <div className={styles.shell}>
            <header className={styles.navColumn}>
              <SiteNav />
            </header>
            <main id="main" tabIndex={-1} className={styles.main}>
              {children}
            </main>
          </div>
        </Providers>
      </body>
    </html>
  );
}
