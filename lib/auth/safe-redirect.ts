/** Only same-site paths may be a post-sign-in destination: "/items?x=1" yes; "//evil.test", "https://…" no. */
export function safeNextPath(next: unknown, fallback = "/"): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  if (next.startsWith("/sign-in") || next.startsWith("/api/")) return fallback;
  return next.slice(0, 2000);
}
