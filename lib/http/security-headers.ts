/**
 * The security headers, defined once: next.config.ts sends the static ones on every response (pages and API),
 * proxy.ts the per-request page CSP (a fresh nonce each time) and HSTS.
 */

/** On every response, pages and API alike. */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // No page of this app may be framed (a same-site page could otherwise overlay /admin/users): CSP frame-ancestors
  // for current browsers, X-Frame-Options for the rest.
  { key: "X-Frame-Options", value: "DENY" },
  // Item pages link to the sources they track: those sites must not learn which campaign a journalist was reading.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/** API answers are data, never documents to render: nothing may load from them, nothing may frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * The pages' policy. Scripts: only those carrying this request's nonce (Next.js puts it on its own scripts when it
 * finds it in the request's CSP header), and what they load ('strict-dynamic': the route chunks, the layout Web
 * Worker). Styles: 'unsafe-inline', because React and Recharts write style attributes, which a nonce cannot cover
 * (and a nonce in style-src would switch 'unsafe-inline' off). Images, media: evidence from this site, plus data:/blob:
 * for chart downloads and previews. Development needs eval for React's debugging and a websocket for reloads.
 */
export function pageContentSecurityPolicy(nonce: string, development = false): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

/** HSTS only when the public URL is https: sent over plain http (a local instance) it would be wrong or ignored. */
export function strictTransportSecurity(publicUrl = process.env.BETTER_AUTH_URL): string | null {
  return publicUrl?.trim().toLowerCase().startsWith("https://") ? "max-age=63072000; includeSubDomains" : null;
}

/** 128 random bits, base64: unguessable for each page view. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
