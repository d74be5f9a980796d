import { expect, test } from "@playwright/test";
import { storageStateFor } from "./auth-state";

test.use({ storageState: storageStateFor("fact_checker") });

// A seeded item whose stored canonical URL is the canonical form of this link (tracking parameter dropped).
const KNOWN_URL = "https://t.me/demo_matryoshka_relay/1402?utm_source=e2e";
const KNOWN_TITLE = /Fake Euronews clip: "Moldovan authorities/;

test("logs a sighting of a new URL with the keyboard only and lands on the item page", async ({ page }) => {
  const url = `https://example.org/e2e/${Date.now()}`;
  await page.goto("/log");
  const urlField = page.getByLabel("URL of the content");
  await expect(urlField).toBeFocused();
  await page.keyboard.type(url);
  await expect(page.locator("#log-url-canonical")).toContainText(url);
  await page.keyboard.press("Tab"); // kind
  await page.keyboard.type("post");
  await page.keyboard.press("Tab"); // verdict
  await page.keyboard.type("false");
  await page.keyboard.press("Tab"); // title
  await page.keyboard.type("Keyboard-only e2e sighting <b>bold?</b>");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/items\/[0-9a-f-]{36}\?logged=created/);
  await expect(page.getByRole("status").filter({ hasText: "Sighting logged" })).toBeVisible();
  // Markup typed into a field is shown as text, never rendered.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Keyboard-only e2e sighting <b>bold?</b>");
  await expect(page.getByRole("list", { name: "Sightings by day" }).getByRole("listitem").first()).toBeVisible();
});

test("a known URL shows in the duplicate panel; Alt+A attaches and the item's sightings grow", async ({ page }) => {
  await page.goto("/log");
  await page.getByLabel("URL of the content").fill(KNOWN_URL);
  const matches = page.getByRole("list", { name: "Possible duplicates" });
  const match = matches.getByRole("listitem").filter({ hasText: KNOWN_TITLE });
  await expect(match).toBeVisible();
  await expect(match.getByText("same URL")).toBeVisible();
  const itemHref = await match.getByRole("link").getAttribute("href");
  const before = (await (await page.request.get(`/api${itemHref}`)).json()) as { sightingTotal: number };

  await page.keyboard.press("Alt+KeyA");
  await expect(page.getByText(/New sighting of/)).toBeVisible();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(new RegExp(`${itemHref}\\?logged=attached`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(KNOWN_TITLE);
  await expect(page.getByText(`${before.sightingTotal + 1} sightings`)).toBeVisible();
});

test("a server 422 is shown next to the field it names, and nothing typed is lost", async ({ page }) => {
  await page.goto("/log");
  await page.getByLabel("URL of the content").fill(`https://example.org/e2e-invalid/${Date.now()}`);
  await page.getByLabel("Title").fill("Reach typed as words");
  await page.getByLabel("Views").fill("twelve thousand");
  await page.getByRole("button", { name: "Save item and sighting" }).click();
  const views = page.getByLabel("Views");
  await expect(views).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#log-views-errors")).toHaveText("must be a whole number, e.g. 12000");
  await expect(views).toBeFocused();
  await expect(page.getByLabel("Title")).toHaveValue("Reach typed as words");
  await expect(page).toHaveURL(/\/log$/);
});

test("the API refuses a javascript: URL naming item.url, and an oversized body", async ({ page }) => {
  const bad = await page.request.post("/api/sightings", {
    data: { item: { kind: "post", url: "javascript:alert(document.cookie)" }, sighting: { observedAt: "2025-01-01T00:00:00Z" } },
  });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.details[0].path).toBe("item.url");
  const huge = await page.request.post("/api/sightings", {
    data: { item: { kind: "post", title: "x", text: "a".repeat(2_000_000) }, sighting: { observedAt: "2025-01-01T00:00:00Z" } },
  });
  expect(huge.status()).toBe(413);
});
