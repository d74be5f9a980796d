"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { signOutAction } from "@/app/sign-in/actions";
import { CommandPalette } from "@/components/search/command-palette";
import type { Permission } from "@/lib/auth/permissions";
import { NAV_ITEMS, isActive } from "./nav-items";
import styles from "./app-shell.module.css";

/** Side navigation on wide screens; below 800 px a menu button opens it over the page. */
export interface NavUser {
  name: string;
  email: string;
  roleLabel: string;
  permissions: Permission[];
}

export function SiteNav({ user }: { user: NavUser }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [lastPath, setLastPath] = useState(pathname);
  if (pathname !== lastPath) {
    // Navigating closes the mobile menu (state derived during render, not in an effect).
    setLastPath(pathname);
    setOpen(false);
  }
  return (
    <div className={styles.navArea}>
      <div className={styles.brandRow}>
        <Link href="/" className={styles.brand}>
          <span className={styles.brandMark} aria-hidden="true" />
          Sightline
        </Link>
        <div className={styles.searchSlot}>
          <CommandPalette />
        </div>
        <button
          type="button"
          className={styles.menuButton}
          aria-expanded={open}
          aria-controls="site-nav"
          onClick={() => setOpen((v) => !v)}
        >
          <span aria-hidden="true" className={styles.menuIcon} />
          Menu
        </button>
      </div>
      <nav id="site-nav" aria-label="Main" className={styles.nav} data-open={open}>
        <ul>
          {NAV_ITEMS.filter((item) => user.permissions.includes(item.permission)).map((item) => {
            const active = isActive(item.href, pathname);
            return (
              <li key={item.href}>
                <Link href={item.href} aria-current={active ? "page" : undefined} className={styles.navLink}>
                  {item.label}
                  {!item.ready && <span className={styles.soon}>soon</span>}
                </Link>
              </li>
            );
          })}
        </ul>
        <div className={styles.account}>
          <span className={styles.accountName} title={user.email}>
            {user.name}
          </span>
          <span className={styles.accountRole}>{user.roleLabel}</span>
          <form action={signOutAction}>
            <button type="submit" className={styles.signOut}>
              Sign out
            </button>
          </form>
        </div>
      </nav>
    </div>
  );
}
