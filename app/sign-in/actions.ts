"use server";
import { parseSetCookieHeader, toCookieOptions } from "better-auth/cookies";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth";
import { safeNextPath } from "@/lib/auth/safe-redirect";
import { signInWithPassword } from "@/lib/auth/sign-in";

export interface SignInState {
  error: string | null;
  email: string;
}

/** Email + password through better-auth's handler (its rate limiter included); its session cookie is set here. */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "").trim().toLowerCase();
  const password = String(form.get("password") ?? "");
  if (!email || !password) return { error: "Enter your email and password.", email };
  const outcome = await signInWithPassword(getAuth(), { email, password }, await headers());
  if (!outcome.ok) return { error: outcome.message, email };
  const jar = await cookies();
  parseSetCookieHeader(outcome.setCookie).forEach((cookie, name) => {
    if (name) jar.set(name, cookie.value, toCookieOptions(cookie));
  });
  redirect(safeNextPath(form.get("next")));
}

export async function signOutAction(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/sign-in");
}
