"use server";
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth";
import { safeNextPath } from "@/lib/auth/safe-redirect";

export interface SignInState {
  error: string | null;
  email: string;
}

/** Email + password through better-auth; its nextCookies plugin sets the session cookie on this response. */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "").trim().toLowerCase();
  const password = String(form.get("password") ?? "");
  if (!email || !password) return { error: "Enter your email and password.", email };
  try {
    await getAuth().api.signInEmail({ body: { email, password }, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError) {
      const message = error.status === "FORBIDDEN" ? "This account is deactivated. Ask an admin." : "Wrong email or password.";
      return { error: message, email };
    }
    throw error;
  }
  redirect(safeNextPath(form.get("next")));
}

export async function signOutAction(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/sign-in");
}
