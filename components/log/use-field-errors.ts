import { useCallback } from "react";
import type { ApiErrorDetail } from "@/lib/http/errors";
import { normalisePath } from "./form-state";

/** zod's type messages read as developer talk; say what the person should type instead. */
function readable(message: string): string {
  if (/expected number, received/i.test(message)) return "must be a whole number, e.g. 12000";
  if (/expected string, received/i.test(message)) return "must be text";
  return message;
}

/** Messages for a field and everything under it ("item.persons" → "item.persons.0.name" too). */
export function useFieldErrors(details: ApiErrorDetail[]) {
  return useCallback(
    (...prefixes: string[]) =>
      details
        .filter((d) => prefixes.some((p) => normalisePath(d.path) === p || normalisePath(d.path).startsWith(`${p}.`)))
        .map((d) => readable(d.message)),
    [details],
  );
}
export type ErrorsFor = ReturnType<typeof useFieldErrors>;
