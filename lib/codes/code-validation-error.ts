/** The kinds of standard code Sightline validates; DISARM ids live in lib/disarm. */
export type CodeKind = "country" | "language";

const DESCRIPTIONS: Record<CodeKind, string> = {
  country: "an ISO 3166-1 alpha-2 country code (e.g. PL, GB)",
  language: "a BCP 47 language tag (e.g. pl, pt-BR, zh-Hant-TW)",
};

/**
 * Shows a rejected value safely inside a message: quoted and escaped (so control characters or markup cannot
 * disguise the message) and shortened (so a pasted document does not flood logs or API errors).
 */
export function quoteValue(value: unknown): string {
  if (typeof value !== "string") return value === undefined ? "nothing" : `a ${value === null ? "null" : typeof value}`;
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(shown);
}

/** The message every code check uses, so forms, API errors and imports all name the field the same way. */
export function describeInvalidCode(kind: CodeKind, field: string, value: unknown): string {
  if (typeof value === "string" && value.trim() === "") return `${field} is required: expected ${DESCRIPTIONS[kind]}`;
  return `${field} must be ${DESCRIPTIONS[kind]}; got ${quoteValue(value)}`;
}

/** Thrown when a country or language code is invalid; `field` says which input was wrong. */
export class CodeValidationError extends Error {
  constructor(
    readonly kind: CodeKind,
    readonly field: string,
    readonly value: unknown,
  ) {
    super(describeInvalidCode(kind, field, value));
    this.name = "CodeValidationError";
  }
}
