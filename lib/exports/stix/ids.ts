import { v5 as uuidv5 } from "uuid";

/** Sightline's namespace for STIX ids: an entity's id is uuidv5(namespace, "<kind>:<database id>"), the same in every export. */
export const SIGHTLINE_STIX_NAMESPACE = "6f1b3c0e-5d0a-5b8e-9c44-2a7d1f0c9e31";
/** The namespace STIX 2.1 (§2.9) gives for deterministic cyber-observable ids. */
const STIX_SCO_NAMESPACE = "00abedb4-aa42-466c-9c01-fed23315a9b7";

export function stixId(type: string, key: string): string {
  return `${type}--${uuidv5(key, SIGHTLINE_STIX_NAMESPACE)}`;
}

/**
 * Cyber observables get the id STIX prescribes: UUIDv5 over the canonical JSON of their id-contributing properties
 * (url: value; file: hashes), so the same URL or file has the same id in any tool that follows the spec.
 */
export function observableId(type: "url" | "file", contributing: Record<string, unknown>): string {
  return `${type}--${uuidv5(canonicalJson(contributing), STIX_SCO_NAMESPACE)}`;
}

/** RFC 8785 for the plain objects used here (string values, nested objects): sorted keys, no whitespace. */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}
