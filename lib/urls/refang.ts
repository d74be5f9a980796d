import { UrlError } from "./url-error";

/** Longer inputs are rejected: browsers and most platforms cap URLs around here, and it bounds the work per input. */
export const MAX_URL_LENGTH = 2048;

// Threat-intel reports and fact-checkers' notes "defang" links so nobody clicks them by accident.
const DEFANG_REPLACEMENTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^h(?:xx|XX|\*\*)p(s?)(?=[:[])/i, "http$1"],
  [/\[:\]\/\//g, "://"],
  [/\[:\/\/\]/g, "://"],
  [/\[:\]/g, ":"],
  [/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/gi, "."],
  [/\[\/\]/g, "/"],
];

const EXPLICIT_SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// "example.com", "example.com:8080/x", "sub.example.co.uk/path?q" — a dotted host before any path.
const BARE_HOST = /^(?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]{2,}\.?(?::\d{1,5})?(?:[/?#]|$)/u;
const BARE_IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?(?:[/?#]|$)/;

export function refang(input: string): string {
  let out = input;
  for (const [pattern, replacement] of DEFANG_REPLACEMENTS) out = out.replace(pattern, replacement);
  return out;
}

/**
 * Trims, refangs and returns an absolute http(s) URL string ready for the WHATWG parser, or throws.
 * A missing scheme becomes https:// only when the text looks like a host, so free text is not mistaken for a URL.
 */
export function toAbsoluteHttpUrl(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed === "") throw new UrlError("empty", "URL is empty", raw);
  if (trimmed.length > MAX_URL_LENGTH) {
    throw new UrlError("too_long", `URL is longer than ${MAX_URL_LENGTH} characters`, raw);
  }
  if (/\s/.test(trimmed)) throw new UrlError("contains_whitespace", "URL contains whitespace", raw);

  const text = refang(trimmed);
  if (text.startsWith("//")) return `https:${text}`;
  if (BARE_HOST.test(text) || BARE_IPV4.test(text)) return `https://${text}`;

  const scheme = EXPLICIT_SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === "http" || scheme === "https") return text;
  // javascript:, data:, file:, mailto: … carry code or point outside the public web.
  if (scheme !== undefined) {
    throw new UrlError("unsupported_scheme", `Only http and https URLs are accepted, not ${scheme}:`, raw);
  }
  throw new UrlError("not_a_url", "Input does not look like a URL", raw);
}
