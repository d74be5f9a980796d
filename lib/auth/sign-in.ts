import type { Auth } from "./create-auth";
import { withClientAddressChain } from "./client-address";

export type SignInOutcome =
  | { ok: true; setCookie: string }
  | { ok: false; status: number; message: string; retryAfterSeconds?: number };

const WRONG_CREDENTIALS = "Wrong email or password.";

/**
 * Signs in through better-auth's HTTP handler rather than `auth.api.signInEmail`: only the handler runs its rate
 * limiter, so the sign-in page gets the same per-address limit as /api/auth/sign-in/email (and the per-account lock
 * both share through the auth hooks). An unknown email, a wrong password and a deactivated account all answer
 * the same words.
 */
export async function signInWithPassword(
  auth: Auth,
  credentials: { email: string; password: string },
  requestHeaders: Headers,
): Promise<SignInOutcome> {
  const headers = withClientAddressChain(requestHeaders);
  headers.set("content-type", "application/json");
  headers.delete("content-length");
  const host = requestHeaders.get("host") ?? "localhost";
  const protocol = requestHeaders.get("x-forwarded-proto") === "https" ? "https" : "http";
  const request = new Request(`${protocol}://${host}/api/auth/sign-in/email`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email: credentials.email, password: credentials.password }),
  });
  const response = await auth.handler(request);
  if (response.ok) return { ok: true, setCookie: response.headers.get("set-cookie") ?? "" };
  if (response.status === 429) return tooMany(response);
  if (response.status >= 500) throw new Error(`sign-in failed with HTTP ${response.status}`);
  return { ok: false, status: response.status, message: WRONG_CREDENTIALS };
}

async function tooMany(response: Response): Promise<SignInOutcome> {
  const body = (await response.json().catch(() => ({}))) as { code?: string; message?: string };
  const header = response.headers.get("retry-after") ?? response.headers.get("x-retry-after");
  const retryAfterSeconds = header && Number.isFinite(Number(header)) ? Math.max(1, Number(header)) : 60;
  const message =
    body.code === "ACCOUNT_LOCKED" && body.message
      ? body.message
      : `Too many sign-in attempts from your network. Try again in ${retryAfterSeconds} seconds.`;
  return { ok: false, status: 429, message, retryAfterSeconds };
}
