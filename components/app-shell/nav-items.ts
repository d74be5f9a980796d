import type { Permission } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  label: string;
  /** Whether the page exists yet; others show a "coming" state. */
  ready: boolean;
  /** Shown only to roles that may open the page (the page checks again). */
  permission: Permission;
}

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Overview", ready: true, permission: "read" },
  { href: "/log", label: "Log a sighting", ready: true, permission: "write" },
  { href: "/items", label: "Items", ready: true, permission: "read" },
  { href: "/campaigns", label: "Campaigns", ready: true, permission: "read" },
  { href: "/graph", label: "Graph", ready: true, permission: "read" },
  { href: "/analytics", label: "Analytics", ready: true, permission: "read" },
  { href: "/exports", label: "Exports", ready: true, permission: "export" },
  { href: "/admin", label: "Admin", ready: true, permission: "admin" },
  { href: "/settings/tokens", label: "API tokens", ready: true, permission: "read" },
  { href: "/developers", label: "API reference", ready: true, permission: "read" },
];

export function isActive(href: string, pathname: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}
