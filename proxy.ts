import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { newNonce, pageContentSecurityPolicy, strictTransportSecurity } from "./lib/http/security-headers";

/** Pages anyone may open: the sign-in page, invitation links, the "no access" page. */
const PUBLIC_PAGES = /^\/(sign-in|invite\/|forbidden)/;

/**
 * Every page request: a fresh CSP nonce (Next.js reads it from the request's CSP header and puts it on its scripts)
 * and the page security headers; and an optimistic first gate: a page request without a session cookie goes to
 * the sign-in page with its path, so the person lands back where they were. It checks only that a cookie exists;
 * every page and route still checks the session and the role itself (lib/auth/page-guard.ts, lib/http/authorise.ts).
 *
 * API routes are not matched: Next.js buffers the body of every request a proxy sees, and uploads must stream.
 * Their checks (cross-origin writes, NUL) run in the route builders, lib/http/guard-request.ts.
 */
export function proxy(request: NextRequest) {
  const response = needsSignIn(request) ? redirectToSignIn(request) : withNonce(request);
  const hsts = strictTransportSecurity();
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

function needsSignIn(request: NextRequest): boolean {
  return !PUBLIC_PAGES.test(request.nextUrl.pathname) && !getSessionCookie(request);
}

function withNonce(request: NextRequest): NextResponse {
  const policy = pageContentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

function redirectToSignIn(request: NextRequest): NextResponse {
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = "";
  const next = request.nextUrl.pathname + request.nextUrl.search;
  if (next !== "/") url.searchParams.set("next", next);
  return NextResponse.redirect(url);
}

export const config = {
  // API routes check for themselves (scripts need JSON, not a redirect; bodies must stream); static assets are public.
  matcher: ["/((?!api/|_next/|icon\\.svg|favicon\\.ico|robots\\.txt).*)"],
};
