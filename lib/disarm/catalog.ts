import { readFileSync } from "node:fs";
import path from "node:path";
import {
  DISARM_TECHNIQUE_ID_PATTERN,
  parseDisarmTactics,
  parseDisarmTechniques,
  type DisarmTacticRow,
  type DisarmTechniqueRow,
} from "./parse";

export interface DisarmCatalog {
  tactics: DisarmTacticRow[];
  techniques: DisarmTechniqueRow[];
  techniqueIds: ReadonlySet<string>;
}

/**
 * The CSVs ship with the app in prisma/data/disarm. Resolved from the working directory (the repository root for
 * npm scripts, Next.js and Vitest) because a path relative to this module breaks once Next.js bundles it.
 */
export function disarmDataDir(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "data", "disarm");
}

let cached: DisarmCatalog | null = null;

/** Parsed once per process: validation runs on every write that carries technique ids. */
export function readDisarmCatalog(): DisarmCatalog {
  if (cached) return cached;
  const dir = disarmDataDir();
  const tactics = parseDisarmTactics(readFileSync(path.join(dir, "disarm_red_tactics.csv"), "utf8"));
  const techniques = parseDisarmTechniques(readFileSync(path.join(dir, "disarm_red_techniques.csv"), "utf8"));
  cached = { tactics, techniques, techniqueIds: new Set(techniques.map((t) => t.id)) };
  return cached;
}

export function isKnownDisarmTechniqueId(id: string): boolean {
  return DISARM_TECHNIQUE_ID_PATTERN.test(id) && readDisarmCatalog().techniqueIds.has(id);
}

/** Raised for technique ids that are malformed or not in the shipped DISARM Red Framework. */
export class InvalidDisarmTechniqueError extends Error {
  constructor(
    readonly field: string,
    readonly malformed: string[],
    readonly unknown: string[],
  ) {
    const parts = [
      malformed.length ? `malformed id(s) ${malformed.map((id) => JSON.stringify(id)).join(", ")} (expected T0000 or T0000.000)` : "",
      unknown.length ? `unknown DISARM technique(s) ${unknown.join(", ")}` : "",
    ].filter(Boolean);
    super(`${field}: ${parts.join("; ")}`);
    this.name = "InvalidDisarmTechniqueError";
  }
}

/** Throws InvalidDisarmTechniqueError naming `field` unless every id is a known DISARM technique. */
export function assertDisarmTechniqueIds(ids: readonly string[], field: string): void {
  const malformed = ids.filter((id) => !DISARM_TECHNIQUE_ID_PATTERN.test(id));
  const unknown = ids.filter((id) => DISARM_TECHNIQUE_ID_PATTERN.test(id) && !isKnownDisarmTechniqueId(id));
  if (malformed.length || unknown.length) throw new InvalidDisarmTechniqueError(field, malformed, unknown);
}
