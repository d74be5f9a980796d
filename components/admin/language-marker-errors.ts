import { ApiClientError } from "@/lib/http/api-client";

export const MARKER_FIELDS = ["slug", "name", "category", "languages", "description"] as const;
export type MarkerField = (typeof MARKER_FIELDS)[number];

/**
 * An API 4xx's details by form field: "languages.2" belongs under the Languages input (its message already quotes
 * the tag at fault), and a duplicate slug or name (409) under its own input. Details on no field are left out.
 */
export function markerFieldErrors(error: unknown): Partial<Record<MarkerField, string>> {
  if (!(error instanceof ApiClientError)) return {};
  const errors: Partial<Record<MarkerField, string>> = {};
  for (const detail of error.details) {
    const field = MARKER_FIELDS.find((f) => detail.path === f || detail.path.startsWith(`${f}.`));
    if (field && !errors[field]) errors[field] = detail.message.replace(/^languages\[\d+\] /, "");
  }
  return errors;
}

/** A PATCH refused because someone saved the marker after it was read (409 on `updatedAt`), not a clash of names. */
export function isStaleEdit(error: unknown): boolean {
  return error instanceof ApiClientError && error.status === 409 && error.details.some((d) => d.path === "updatedAt");
}

/** "pl, de-AT  uk" → ["pl", "de-AT", "uk"]: commas or spaces separate tags; the server validates each one. */
export function splitLanguageTags(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}
