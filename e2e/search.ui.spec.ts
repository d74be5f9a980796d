import { expect, test, type Page } from "@playwright/test";
import { expectInert, guardPage } from "./fuzz/page-guard";

const ALAN_READ = 'Deepfake: KCL professor Alan Read "insults" Emmanuel Macron';

async function openPalette(page: Page) {
  await page.keyboard.press("ControlOrMeta+K");
  const box = page.getByRole("combobox", { name: "Search Sightline" });
  await expect(box).toBeFocused();
  return box;
}

test("Ctrl+K on the overview finds Alan Read, highlighted; arrows move and Enter opens the item", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  const box = await openPalette(page);
  await box.fill("Alan Read");

  const results = page.getByRole("listbox", { name: "Search results" });
  const items = results.getByRole("group", { name: "Items" });
  await expect(items.getByRole("option", { name: ALAN_READ })).toBeVisible();
  await expect(items.getByRole("option", { name: ALAN_READ }).locator("mark").first()).toHaveText(/^(Alan|Read)$/);
  await expect(results.getByRole("group", { name: "Persons" }).getByRole("option").first()).toContainText("Alan Read");

  const options = results.getByRole("option");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await box.press("ArrowDown");
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", (await options.nth(1).getAttribute("id"))!);
  await box.press("ArrowUp");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");

  // Walk to the Deepfake item with the arrows, then open it.
  const target = await options.evaluateAll((nodes, title) => nodes.findIndex((n) => n.textContent?.startsWith(title)), ALAN_READ);
  expect(target).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < target; i++) await box.press("ArrowDown");
  await expect(options.nth(target)).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/items\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: ALAN_READ })).toBeVisible();
  await expect(page.getByRole("dialog", { name: "Search" })).toBeHidden();
});

test("the shell's Search button opens the box, Esc closes it; a campaign typo still finds Matryoshka", async ({ page }) => {
  await page.goto("/items");
  await page.getByRole("button", { name: "Search everything" }).click();
  const box = page.getByRole("combobox", { name: "Search Sightline" });
  await expect(box).toBeFocused();
  await box.fill("Matroshka");
  const campaign = page.getByRole("group", { name: "Campaigns" }).getByRole("option", { name: /Matryoshka/ });
  await expect(campaign).toBeVisible();
  await box.press("Escape");
  await expect(page.getByRole("dialog", { name: "Search" })).toBeHidden();
  await expect(page).toHaveURL(/\/items$/);
});

test("a person opens the items list searched for them; nothing found says so", async ({ page }) => {
  await page.goto("/");
  const box = await openPalette(page);
  await box.fill("zzqxv nothing here");
  await expect(page.getByRole("status").filter({ hasText: "Nothing found for “zzqxv nothing here”" })).toBeVisible();
  await box.fill("Emmanuel Macron");
  const person = page.getByRole("group", { name: "Persons" }).getByRole("option", { name: /Emmanuel Macron/ });
  await person.click();
  await expect(page).toHaveURL(/\/items\?q=Emmanuel\+Macron$/);
  await expect(page.getByRole("link", { name: ALAN_READ })).toBeVisible();
});

test("a script payload in a searched item shows as text and runs nothing", async ({ page, request }) => {
  const tag = `srch${Date.now().toString(36)}`;
  const title = `${tag} <img src=x onerror=alert(1)>`;
  const logged = await request.post("/api/sightings", {
    data: {
      item: { kind: "post", title, text: `${tag} body <script>alert(2)</script> <img src=x onerror=alert(3)>`, url: `https://example.org/search-e2e/${tag}` },
      sighting: { observedAt: "2025-02-03T10:00:00Z" },
    },
  });
  expect(logged.status(), await logged.text()).toBe(201);

  const { dialogs } = guardPage(page);
  await page.goto("/");
  const box = await openPalette(page);
  await box.fill(tag);
  const option = page.getByRole("group", { name: "Items" }).getByRole("option").first();
  await expect(option).toContainText(title);
  await expect(option).toContainText("<script>alert(2)</script>");
  await expect(option.locator("mark").first()).toHaveText(tag);
  await expect(option.locator("img, script")).toHaveCount(0);
  await expectInert(page, dialogs);
});
