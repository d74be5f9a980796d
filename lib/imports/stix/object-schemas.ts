import { z } from "zod";
import type { StixObject } from "./read-bundle";

/** Every STIX 2.1 type: anything else that is not x-… custom is most likely a typo and fails, naming it. */
const SDO_SRO = ["attack-pattern", "campaign", "course-of-action", "grouping", "identity", "incident", "indicator", "infrastructure",
  "intrusion-set", "location", "malware", "malware-analysis", "note", "observed-data", "opinion", "report", "threat-actor", "tool",
  "vulnerability", "relationship", "sighting", "marking-definition", "language-content", "extension-definition"];
const SCO = ["artifact", "autonomous-system", "directory", "domain-name", "email-addr", "email-message", "file", "ipv4-addr",
  "ipv6-addr", "mac-addr", "mutex", "network-traffic", "process", "software", "url", "user-account", "windows-registry-key", "x509-certificate"];
const KNOWN_TYPES = new Set([...SDO_SRO, ...SCO]);

// STIX 2.1 timestamps are RFC 3339 in UTC; created/modified MUST carry milliseconds.
const timestamp = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/, { error: "must be an RFC 3339 UTC timestamp (…Z)" });
const precise = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3,}Z$/, { error: "must be a UTC timestamp with milliseconds (2024-05-01T12:00:00.000Z)" });
const ref = z.string().regex(/^[a-z0-9-]+--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { error: "must be a STIX identifier (type--UUID)" });
const name = z.string().trim().min(1, { error: "is required" }).max(300);

const sdoCommon = { spec_version: z.literal("2.1", { error: "must be \"2.1\"" }), created: precise, modified: precise };

const byType: Record<string, z.ZodType> = {
  campaign: z.object({ ...sdoCommon, name, aliases: z.array(z.string()).optional(), description: z.string().optional(), first_seen: timestamp.optional() }),
  identity: z.object({ ...sdoCommon, name, identity_class: z.string().optional(), description: z.string().optional() }),
  "x-sightline-narrative": z.object({ ...sdoCommon, name }),
  "threat-actor": z.object({ ...sdoCommon, name, aliases: z.array(z.string()).optional() }),
  "intrusion-set": z.object({ ...sdoCommon, name, aliases: z.array(z.string()).optional() }),
  "attack-pattern": z.object({
    ...sdoCommon,
    name,
    external_references: z.array(z.object({ source_name: z.string(), external_id: z.string().optional() })).optional(),
  }),
  "observed-data": z.object({
    ...sdoCommon,
    first_observed: timestamp,
    last_observed: timestamp,
    number_observed: z.number().int().min(1).max(999_999_999),
    object_refs: z.array(ref).min(1, { error: "must name at least one observed object" }),
  }),
  sighting: z.object({
    ...sdoCommon,
    sighting_of_ref: ref,
    observed_data_refs: z.array(ref).optional(),
    where_sighted_refs: z.array(ref).optional(),
    first_seen: timestamp.optional(),
    count: z.number().int().min(0).max(999_999_999).optional(),
  }),
  relationship: z.object({ ...sdoCommon, relationship_type: z.string().regex(/^[a-z0-9-]+$/, { error: "is required (e.g. \"uses\")" }), source_ref: ref, target_ref: ref }),
  note: z.object({ ...sdoCommon, content: z.string().min(1, { error: "is required" }), object_refs: z.array(ref).min(1) }),
  url: z.object({ value: z.url({ error: "must be a URL with a scheme (https://…)" }) }),
  file: z.object({ hashes: z.record(z.string(), z.string()).optional(), name: z.string().optional(), mime_type: z.string().optional() }),
};

export interface StixFailure {
  field: string;
  reason: string;
}

/** What the official schemas check and we rely on: id, spec_version, timestamps, required properties. */
export function validateStixObject(object: StixObject): StixFailure | null {
  const { type, id } = object;
  if (!type) return { field: "type", reason: "is required" };
  if (!KNOWN_TYPES.has(type) && !type.startsWith("x-")) {
    return { field: "type", reason: `unknown STIX 2.1 type "${type}" (a typo? custom types start with x-)` };
  }
  if (!new RegExp(`^${type}--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`, "i").test(id)) {
    return { field: "id", reason: `must be ${type}--<UUID>, got ${JSON.stringify(id).slice(0, 80)}` };
  }
  if (SDO_SRO.includes(type) && object.spec_version === undefined) return { field: "spec_version", reason: "is required (\"2.1\")" };
  const schema = byType[type];
  if (!schema) return null;
  const parsed = schema.safeParse(object);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const field = issue.path.map(String).join(".") || "(object)";
  return { field, reason: issue.code === "invalid_type" && issue.input === undefined ? "is required" : issue.message };
}

export function stringProp(object: StixObject | undefined, key: string): string | undefined {
  const value = object?.[key];
  return typeof value === "string" ? value : undefined;
}

export function refsProp(object: StixObject | undefined, key: string): string[] {
  const value = object?.[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
