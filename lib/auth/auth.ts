import "server-only";
import { getDatabase } from "../db";
import { createAuth, type Auth } from "./create-auth";

const holder = globalThis as typeof globalThis & { __sightlineAuth?: Auth };

/** The app's better-auth instance, made on first use (never at import, so `next build` opens no database). */
export function getAuth(): Auth {
  holder.__sightlineAuth ??= createAuth(getDatabase().prisma);
  return holder.__sightlineAuth;
}
