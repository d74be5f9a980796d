import { ApiError } from "./errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery: a state-changing request carried by a browser on behalf of another page. Browsers
 * mark every request with `Sec-Fetch-Site` (and an unsafe method always with `Origin`), so the rule follows Go's
 * CrossOriginProtection: `Sec-Fetch-Site: same-origin`/`none` passes, any other value is refused; without it, an
 * `Origin` must be this site's own. Requests with neither header are not from a browser (curl, scripts) and carry
 * no ambient credentials a page could borrow. Same-SITE is not enough: another port or a sibling subdomain is
 * same-site, and SameSite=Lax cookies ride along on its requests.
 *
 * A Bearer token without cookies is no ambient credential either — a page cannot make a browser attach it — so a
 * script calling /api/v1 with a token passes whatever headers it sends.
 */
export function crossOriginRefusal(request: Request, publicUrl = process.env.BETTER_AUTH_URL): ApiError | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  const headers = request.headers;
  if (/^bearer\s/i.test(headers.get("authorization") ?? "") && !headers.has("cookie")) return null;
  const site = headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin" || site === "none" ? null : refused(`Sec-Fetch-Site: ${site}`);
  const origin = headers.get("origin");
  if (origin === null) return null;
  return allowedOrigins(request, publicUrl).has(origin.toLowerCase()) ? null : refused(`Origin: ${origin.slice(0, 200)}`);
}

/** This site's origins: the public URL when one is configured, and the origin the request itself was sent to. */
function allowedOrigins(request: Request, publicUrl: string | undefined): Set<string> {
  const origins = new Set<string>();
  const configured = originOf(publicUrl?.trim());
  if (configured) origins.add(configured);
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  if (host) {
    const protocol = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || new URL(request.url).protocol.replace(":", "");
    const own = originOf(`${protocol}://${host}`);
    if (own) origins.add(own);
  }
  return origins;
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.origin === "null" ? null : parsed.origin.toLowerCase();
  } catch {
    return null;
  }
}

function refused(seen: string): ApiError {
  return new ApiError(403, "cross_origin_request", "Cross-origin requests may not change anything here", [
    { path: "(origin)", message: `${seen} is not this site` },
  ]);
}
