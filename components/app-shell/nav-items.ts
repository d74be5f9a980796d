export interface NavItem {
  href: string;
  label: string;
  /** Whether the page exists yet; others show a "coming" state. */
  ready: boolean;
}

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Overview", ready: true },
  { href: "/log", label: "Log a sighting", ready: false },
  { href: "/items", label: "Items", ready: true },
  { href: "/campaigns", label: "Campaigns", ready: false },
  { href: "/graph", label: "Graph", ready: false },
  { href: "/analytics", label: "Analytics", ready: false },
  { href: "/exports", label: "Exports", ready: false },
  { href: "/admin", label: "Admin", ready: false },
];

export function isActive(href: string, pathname: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}
