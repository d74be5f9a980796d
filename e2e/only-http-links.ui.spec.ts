import { expect, test } from "@playwright/test";
import { storageStateFor } from "./auth-state";
import { expectInert, expectOnlyHttpLinks, guardPage } from "./fuzz/page-guard";
import { JS_URL, seedPayloads, type Seeded } from "./fuzz/xss-seed";

/**
 * Issue #3: only http(s) URLs are ever rendered as links. On every page that shows stored data, each href is an
 * absolute http(s) URL or a same-site path; a `javascript:` URL that got stored shows as plain text.
 */
let seeded: Seeded;

test.beforeAll(async ({ playwright }, testInfo) => {
  test.setTimeout(60_000);
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL, storageState: storageStateFor("admin") });
  seeded = await seedPayloads(api, `links${Date.now().toString(36)}`);
  await api.dispose();
});

test("pages with stored payloads link only to http(s) or same-site addresses", async ({ page }) => {
  const { dialogs } = guardPage(page);
  const paths = [`/items/${seeded.itemId}`, `/items?q=${encodeURIComponent(seeded.tag)}`, "/", "/admin/audit", "/admin/users", "/admin"];
  if (seeded.jsUrlItemId) paths.push(`/items/${seeded.jsUrlItemId}`);
  for (const path of paths) {
    await test.step(path, async () => {
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
      await expectOnlyHttpLinks(page);
      await expectInert(page, dialogs);
    });
  }
});

test("the item's http(s) addresses are links that open safely", async ({ page }) => {
  await page.goto(`/items/${seeded.itemId}`);
  const archive = page.locator(`a[href="https://archive.example.org/${seeded.tag}"]`);
  await expect(archive).toBeVisible();
  await expect(archive).toHaveAttribute("rel", /noopener/);
});

test("a stored javascript: archive or account URL is shown as text, never as a link", async ({ page }) => {
  test.skip(!seeded.jsUrlItemId, "the app refused the javascript: URLs (as it should): nothing stored to show");
  const { dialogs } = guardPage(page);
  await page.goto(`/items/${seeded.jsUrlItemId}`);
  await expect(page.getByText(JS_URL).first()).toBeVisible();
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(page.getByRole("link", { name: JS_URL })).toHaveCount(0);
  await expectInert(page, dialogs);
});
