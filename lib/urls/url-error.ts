/** Why an input could not be turned into a canonical URL; stable codes so callers can map them to messages. */
export type UrlErrorReason =
  | "empty"
  | "too_long"
  | "contains_whitespace"
  | "unsupported_scheme"
  | "not_a_url"
  | "invalid_host";

export class UrlError extends Error {
  readonly reason: UrlErrorReason;
  readonly input: string;

  constructor(reason: UrlErrorReason, message: string, input: string) {
    super(message);
    this.name = "UrlError";
    this.reason = reason;
    // Truncated: a rejected 100 kB paste should not end up verbatim in logs.
    this.input = input.length > 200 ? `${input.slice(0, 200)}…` : input;
  }
}
