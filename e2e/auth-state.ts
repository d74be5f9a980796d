export type DemoRole = "admin" | "fact_checker" | "journalist" | "researcher";

/** Where the setup project keeps a signed-in browser state for a role (e2e/.auth is ignored by git). */
export function storageStateFor(role: DemoRole): string {
  return `e2e/.auth/${role}.json`;
}
