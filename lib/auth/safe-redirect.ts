/** Any origin would do: it only anchors relative parsing, and a result on another origin is refused. */
const ANCHOR = "http://sightline.invalid";

/**
 * The one rule for where a sign-in may send a person next: a path on this site ("/items?x=1"), else `fallback`.
 * Browsers and WHATWG URL parsing forgive a lot — they drop tabs and newlines, read "\" as "/", and treat "//host"
 * as another site — so the check parses the value exactly as a browser would resolve it against this site and
 * keeps it only when it stays here; the answer is the re-serialised path, so what is checked is what is sent.
 * Control characters, backslashes, and encoded slashes in the path are refused outright: no in-app link has them.
 */
export function safeNextPath(next: unknown, fallback = "/"): string {
  if (typeof next !== "string" || next.length > 2000 || !next.startsWith("/")) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return fallback;
  // Encoded slashes, backslashes and controls in the path (a query may hold "%2F" legitimately).
  if (/%(2f|5c|0[0-9a-f]|1[0-9a-f]|7f)/i.test(next.split(/[?#]/)[0]!)) return fallback;
  let url: URL;
  try {
    url = new URL(next, ANCHOR);
  } catch {
    return fallback;
  }
  if (url.origin !== ANCHOR) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" resolves to the path "//evil.example", which a browser would take as another host.
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  if (path === "/sign-in" || path.startsWith("/sign-in?") || path.startsWith("/sign-in/") || path.startsWith("/api/")) return fallback;
  return path;
}
