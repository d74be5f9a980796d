import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { schemaEngineVersion } from "./engine";

/**
 * Migrations run through @prisma/schema-engine-wasm instead of the CLI's native engine. That only stays faithful
 * to `prisma migrate` while both come from the same engine commit, so an upgrade of one without the other fails here.
 */
const root = path.resolve(import.meta.dirname, "../../..");
const require = createRequire(import.meta.url);

function installedVersion(pkg: string): string {
  const file = path.join(root, "node_modules", pkg, "package.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version;
}

function sha256(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

describe("the wasm schema engine", () => {
  const prisma = installedVersion("prisma");
  const wasmPackage = installedVersion("@prisma/schema-engine-wasm");
  const enginesVersion = installedVersion("@prisma/engines-version"); // what the CLI's native engine is built from

  it("is the build of the installed prisma's engine commit", async () => {
    const [release, commit] = wasmPackage.split(/-\d+\./);
    expect(release).toBe(prisma);
    expect(wasmPackage).toBe(enginesVersion);
    expect(commit).toMatch(/^[0-9a-f]{40}$/);
    expect(await schemaEngineVersion()).toBe(commit);
  });

  it("is byte-identical to the engine the prisma CLI ships", () => {
    const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const ours = sha256(path.join(pkgDir, "schema_engine_bg.wasm"));
    expect(ours).toBe(sha256(path.join(root, "node_modules/prisma/build/schema_engine_bg.wasm")));
  });

  it("is pinned exactly, like every other dependency", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const all = { ...manifest.dependencies, ...manifest.devDependencies };
    const loose = Object.entries(all).filter(([, range]) => !/^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$/.test(range));
    expect(loose).toEqual([]);
    expect(all["@prisma/schema-engine-wasm"]).toBe(wasmPackage);
    for (const pkg of ["prisma", "@prisma/client", "@prisma/adapter-pg", "@prisma/driver-adapter-utils"]) {
      expect(all[pkg], pkg).toBe(prisma);
      expect(installedVersion(pkg), pkg).toBe(prisma);
    }
  });
});
