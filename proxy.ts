import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";

/**
 * An optimistic first gate: a page request without a session cookie goes to the sign-in page with its path, so
 * the person lands back where they were. It checks only that a cookie exists; every page and route still checks
 * the session and the role itself (lib/auth/page-guard.ts, lib/http/authorise.ts).
 */
export function proxy(request: NextRequest) {
  if (getSessionCookie(request)) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = "";
  const next = request.nextUrl.pathname + request.nextUrl.search;
  if (next !== "/") url.searchParams.set("next", next);
  return NextResponse.redirect(url);
}

export const config = {
  // API routes answer 401 themselves (scripts need JSON, not a redirect); static assets are public.
  matcher: ["/((?!api/|sign-in|invite/|forbidden|_next/|icon\\.svg|favicon\\.ico|robots\\.txt).*)"],
};
