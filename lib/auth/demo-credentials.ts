import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../generated/prisma/client";
import { setPassword } from "../users/manage-users";

/**
 * Demo mode (SIGHTLINE_DEMO=1, set by the README's run command) gives the seeded demo users — one per role —
 * passwords and shows them on the sign-in page. The passwords are random per installation and kept in the data
 * folder, never in the repository; outside demo mode the demo users have no password and cannot sign in.
 */
export interface DemoCredential {
  email: string;
  role: string;
  name: string;
  password: string;
}

const DEMO_DOMAIN = "@sightline.demo";

export function isDemoMode(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SIGHTLINE_DEMO === "1" || env.SIGHTLINE_DEMO === "true";
}

function credentialsFile(): string {
  const dir = path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.SIGHTLINE_DATA_DIR?.trim() || "data");
  return path.join(dir, "demo-credentials.json");
}

export function readDemoCredentials(): DemoCredential[] {
  try {
    return JSON.parse(fs.readFileSync(credentialsFile(), "utf8")) as DemoCredential[];
  } catch {
    return [];
  }
}

/** Gives every demo user without a password a fresh random one; returns the full list to show. */
export async function ensureDemoCredentials(prisma: PrismaClient): Promise<DemoCredential[]> {
  const known = new Map(readDemoCredentials().map((c) => [c.email, c]));
  const users = await prisma.user.findMany({
    where: { email: { endsWith: DEMO_DOMAIN }, active: true },
    select: { id: true, email: true, name: true, role: true, authAccounts: { where: { providerId: "credential" }, select: { id: true } } },
    orderBy: { email: "asc" },
  });
  const result: DemoCredential[] = [];
  for (const user of users) {
    let credential = known.get(user.email);
    if (!credential || user.authAccounts.length === 0) {
      credential = { email: user.email, role: user.role, name: user.name, password: `demo-${crypto.randomBytes(6).toString("base64url")}` };
      await setPassword(prisma, user.id, credential.password, { kind: "system" });
    }
    result.push({ ...credential, role: user.role, name: user.name });
  }
  const file = credentialsFile();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(result, null, 2), { mode: 0o600 });
  return result;
}
