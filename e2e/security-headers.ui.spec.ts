import { expect, test } from "@playwright/test";

/**
 * Issue #11, headers: every page carries a CSP with a fresh nonce, and the pages still work under it — no
 * `securitypolicyviolation` on pages with Recharts charts, the graph canvas and its Web Worker, the world map, forms.
 */
const PAGES = ["/", "/items", "/campaigns", "/graph", "/analytics", "/imports", "/exports", "/log", "/admin/users", "/admin/audit", "/developers"];

test("pages and API answers carry the security headers; the page nonce is new each time", async ({ request }) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  const policy = first.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(second.headers()["content-security-policy"]).not.toBe(policy);
  for (const response of [first, await request.get("/api/items")]) {
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["referrer-policy"]).toBe("same-origin");
  }
  expect((await request.get("/api/items")).headers()["content-security-policy"]).toContain("default-src 'none'");
});

test("no page reports a CSP violation", async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const violations: string[] = [];
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    const seen = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    violations.push(...seen.map((v) => `${path}: ${v}`));
  }
  expect(violations).toEqual([]);
});
