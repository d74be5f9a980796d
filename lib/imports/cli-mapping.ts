import { ApiError } from "../http/errors";
import { importMappingSchema, type ImportMapping } from "./mapping";
import { isTargetField, LIST_FIELDS, TARGET_FIELD_IDS, type TargetField } from "./target-fields";

/**
 * `--set platform=x` → constants["item.platform"] = "x". A short name is the field id without its "item." or
 * "sighting." (item fields first: `platform` is the item's); list fields take comma-separated values.
 */
export function parseSetFlags(flags: readonly string[]): Record<string, string | string[]> {
  const constants: Record<string, string | string[]> = {};
  for (const flag of flags) {
    const at = flag.indexOf("=");
    if (at <= 0) throw new ApiError(422, "invalid_request", `--set ${flag}: write it as field=value`, [{ path: "--set", message: `"${flag}" is not field=value` }]);
    const name = flag.slice(0, at).trim();
    const field = fieldNamed(name);
    if (!field) throw new ApiError(422, "invalid_request", `--set ${name}: not a field`, [{ path: `constants.${name}`, message: "is not a known target field" }]);
    const value = flag.slice(at + 1).trim();
    constants[field] = LIST_FIELDS.has(field) ? value.split(",").map((v) => v.trim()).filter(Boolean) : value;
  }
  return constants;
}

function fieldNamed(name: string): TargetField | null {
  if (isTargetField(name)) return name;
  const lower = name.toLowerCase();
  return TARGET_FIELD_IDS.find((f) => f.toLowerCase() === `item.${lower}`) ?? TARGET_FIELD_IDS.find((f) => f.toLowerCase() === `sighting.${lower}`) ?? null;
}

/** A mapping (given or guessed) with the command line's constants and --strict, validated as the API does. */
export function withOverrides(mapping: unknown, overrides: { constants?: Record<string, string | string[]>; strict?: boolean }): ImportMapping {
  const base = (mapping && typeof mapping === "object" ? mapping : {}) as Record<string, unknown>;
  return importMappingSchema.parse({
    ...base,
    constants: { ...((base.constants as object | undefined) ?? {}), ...overrides.constants },
    ...(overrides.strict ? { strict: true } : {}),
  });
}
