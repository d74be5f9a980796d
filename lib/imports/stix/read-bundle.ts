import { readFile } from "node:fs/promises";
import { nestingProblem } from "../../http/json-value";
import { malformedFile } from "../parse/limits";

/** A STIX object as found in a bundle; typed loosely here, validated per type in stix/object-schemas.ts. */
export interface StixObject {
  type: string;
  id: string;
  [property: string]: unknown;
}

export interface StixBundle {
  id: string;
  objects: StixObject[];
}

/**
 * The bundle envelope must be right for the file to be importable at all; single objects may still be broken
 * (each becomes a failed row naming its property). Bundles are read whole: STIX references point anywhere.
 */
export async function readStixBundle(path: string): Promise<StixBundle> {
  let document: unknown;
  try {
    document = JSON.parse((await readFile(path, "utf8")).replace(/^\uFEFF/, ""));
  } catch (error) {
    throw malformedFile("stix", error instanceof Error ? error.message : String(error));
  }
  if (typeof document !== "object" || document === null || Array.isArray(document)) throw malformedFile("stix", "a bundle is a JSON object");
  const tooDeep = nestingProblem(document);
  if (tooDeep) throw malformedFile("stix", tooDeep);
  const bundle = document as Record<string, unknown>;
  if (bundle.type !== "bundle") throw malformedFile("stix", `"type" must be "bundle", not ${JSON.stringify(bundle.type)}`);
  if (typeof bundle.id !== "string" || !/^bundle--[0-9a-f-]{36}$/i.test(bundle.id)) throw malformedFile("stix", `"id" must be bundle--<UUID>`);
  if (!Array.isArray(bundle.objects)) throw malformedFile("stix", `"objects" must be an array`);
  if (bundle.objects.length === 0) throw malformedFile("stix", "the bundle has no objects");
  const objects = bundle.objects.map((o: unknown, i): StixObject => {
    const obj = (typeof o === "object" && o !== null && !Array.isArray(o) ? o : {}) as Record<string, unknown>;
    return { ...obj, type: typeof obj.type === "string" ? obj.type : "", id: typeof obj.id === "string" ? obj.id : `(object ${i + 1})` };
  });
  return { id: bundle.id, objects };
}
