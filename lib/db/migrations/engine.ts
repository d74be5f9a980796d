import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

/**
 * Prisma's schema engine compiled to wasm, driven through our driver adapters. The CLI's native engine cannot be
 * downloaded here, so this is how every migration command runs (the on-disk result is standard Prisma).
 */
const require = createRequire(import.meta.url);
type Glue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

const GLUE = "@prisma/schema-engine-wasm/schema_engine_bg";

/**
 * The .wasm beside the package's glue module (the package exports no package.json). Inside a Next.js server bundle
 * `require.resolve` returns a module id, not a path, so Node's own resolver is asked from the project root instead.
 */
function wasmFilePath(): string {
  let glue: unknown = require.resolve(GLUE);
  if (typeof glue !== "string") {
    const nodeRequire = createRequire(path.join(/* turbopackIgnore: true */ process.cwd(), "package.json"));
    glue = nodeRequire.resolve(GLUE);
  }
  return path.join(path.dirname(glue as string), "schema_engine_bg.wasm");
}

let gluePromise: Promise<Glue> | null = null;

function loadGlue(): Promise<Glue> {
  gluePromise ??= (async () => {
    const glue = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as Glue;
    const bytes = fs.readFileSync(/* turbopackIgnore: true */ wasmFilePath());
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return gluePromise;
}

export async function schemaEngineVersion(): Promise<string> {
  return (await loadGlue()).version();
}

export interface EngineLog {
  (line: string): void;
}

export async function createSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  datamodels: [string, string][],
  log: EngineLog = () => {},
): Promise<SchemaEngine> {
  const glue = await loadGlue();
  return glue.SchemaEngine.new(
    { datamodels },
    (message: string) => log(message),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}

/** Engine errors arrive as objects with a message (and often the database error inside); make them readable. */
export function describeEngineError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === "object") {
    const e = error as { message?: string; error?: string; meta?: unknown };
    return e.message ?? e.error ?? JSON.stringify(error);
  }
  return String(error);
}
