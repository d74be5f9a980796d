import { createHash } from "node:crypto";

// Fixed namespace for Sightline seed data; changing it would re-key every seeded row.
const NAMESPACE = "5f0c1e7e-7a52-4c3e-9d1b-2f6a8a1d4c00";

/**
 * A UUID derived from a natural key (RFC 4122 version 5 layout over SHA-1). Seeding uses it so that the same
 * campaign slug, canonical URL or name always gets the same id: re-running a seed hits ON CONFLICT instead of
 * inserting a duplicate, and rows that have no natural key (sightings) still get a stable identity.
 */
export function seedUuid(kind: string, key: string): string {
  const hash = createHash("sha1").update(NAMESPACE).update("\u0000").update(kind).update("\u0000").update(key).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
