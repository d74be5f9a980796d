/**
 * Who may do what. One table, read by every page, route and server action (through requirePermission), and
 * proven route by route in a table-driven test. Roles come from design.md: fact-checkers write, journalists read,
 * researchers read and export, admins run the team.
 */
export const ROLES = ["admin", "fact_checker", "journalist", "researcher"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = ["read", "write", "import", "export", "moderate", "admin"] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: ["read", "write", "import", "export", "moderate", "admin"],
  fact_checker: ["read", "write", "import"],
  journalist: ["read"],
  researcher: ["read", "export"],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  fact_checker: "Fact-checker",
  journalist: "Journalist",
  researcher: "Researcher",
};
