import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The key better-auth signs session cookies with. BETTER_AUTH_SECRET wins; otherwise a random key is made once
 * and kept beside the embedded database (data/auth-secret, mode 0600), so that nothing secret is in the
 * repository and restarts keep people signed in.
 */
export function resolveAuthSecret(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("BETTER_AUTH_SECRET must be at least 32 characters");
    return fromEnv;
  }
  const dir = path.resolve(/* turbopackIgnore: true */ process.cwd(), env.SIGHTLINE_DATA_DIR?.trim() || "data");
  const file = path.join(dir, "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.mkdirSync(dir, { recursive: true });
  const secret = crypto.randomBytes(32).toString("hex");
  try {
    fs.writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
    return secret;
  } catch (error) {
    // Another process wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return fs.readFileSync(file, "utf8").trim();
    throw error;
  }
}
