import { expect, test } from "@playwright/test";

const ALAN_READ = 'Deepfake: KCL professor Alan Read "insults" Emmanuel Macron';

test("items list shows seeded items with their columns", async ({ page }) => {
  // Filtered to the demo campaign: items other specs create (dated later) can fill the first page of the whole list.
  await page.goto("/items?campaign=matryoshka");
  await expect(page.getByRole("heading", { level: 1, name: "Items" })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: ALAN_READ }) });
  await expect(row).toBeVisible();
  await expect(row.getByText("Synthetic")).toBeVisible();
  await expect(row.getByRole("link", { name: "Matryoshka" })).toBeVisible();
});

test("a filter changes the URL and the rows, and survives a reload", async ({ page }) => {
  await page.goto("/items");
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();

  await page.getByLabel("Language").selectOption("pl");
  await expect(page).toHaveURL(/[?&]language=pl(&|$)/);
  await expect(rows.filter({ hasText: "Polacy" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: ALAN_READ })).toHaveCount(0);
  const filtered = await rows.count();
  expect(filtered).toBeLessThan(before);
  for (const language of await rows.locator('td[data-label="Language"]').allTextContents()) {
    expect(language).toBe("Polish");
  }

  await page.reload();
  await expect(page.getByLabel("Language")).toHaveValue("pl");
  await expect(rows).toHaveCount(filtered);
  await expect(page.getByRole("link", { name: ALAN_READ })).toHaveCount(0);
});

test("search and sorting are kept in the URL", async ({ page }) => {
  await page.goto("/items");
  await page.getByRole("searchbox", { name: /Search/ }).fill("Macron");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=Macron/);
  await expect(page.getByRole("link", { name: ALAN_READ })).toBeVisible();

  await page.getByRole("button", { name: /^Sightings/ }).click();
  await expect(page).toHaveURL(/sort=sightings/);
  await expect(page.getByRole("columnheader", { name: /Sightings/ })).toHaveAttribute("aria-sort", "descending");
});

test("filters that match nothing say so and can be cleared", async ({ page }) => {
  await page.goto("/items?q=zzzqqqxxnothing");
  await expect(page.getByRole("heading", { name: "No items match these filters" })).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(page).toHaveURL(/\/items$/);
  await expect(page.getByRole("heading", { name: "No items match these filters" })).toHaveCount(0);
  await expect(page.locator("tbody tr").first()).toBeVisible();
});
