import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDatabase } from "../db";
import { getAuth } from "./auth";
import type { Permission } from "./permissions";
import { allows, resolvePrincipal, type Principal } from "./principal";

/** The signed-in person for a server component or server action, or null. */
export async function currentPrincipal(): Promise<Principal | null> {
  // headers() first: during a static prerender it bails out before anything opens the database.
  const requestHeaders = await headers();
  return resolvePrincipal(getDatabase().prisma, getAuth(), requestHeaders);
}

/**
 * The role check every page starts with. Not signed in → the sign-in page (proxy.ts already sends most such
 * requests there with a `next` path); signed in without the permission → /forbidden.
 */
export async function requirePagePermission(permission: Permission = "read"): Promise<Principal> {
  const principal = await currentPrincipal();
  if (!principal) redirect("/sign-in");
  if (!allows(principal, permission)) redirect(`/forbidden?need=${permission}`);
  return principal;
}
