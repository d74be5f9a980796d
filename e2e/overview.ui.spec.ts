import { expect, test } from "@playwright/test";

test("Overview shows real figures, the sightings chart, top campaigns and recent items", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();

  const totals = page.getByRole("definition");
  await expect(totals.first()).toHaveText(/^\d[\d,]*$/);
  await expect(page.getByRole("term").filter({ hasText: "Countries reached" })).toBeVisible();

  const chart = page.getByRole("region", { name: "Sightings per day" });
  await expect(chart.getByText(/90 days/)).toBeVisible();
  await expect(chart.locator(".recharts-area-area")).toBeVisible();

  const campaigns = page.getByRole("region", { name: "Top campaigns by sightings" });
  const matryoshka = campaigns.getByRole("link", { name: "Matryoshka" });
  await expect(matryoshka).toBeVisible();
  await matryoshka.click();
  await expect(page).toHaveURL(/\/items\?campaign=matryoshka/);
  await expect(page.getByRole("link", { name: /Alan Read/ })).toBeVisible();
});

test("navigation reaches a section and marks it as the current page", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: /Campaigns/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Campaigns" })).toBeVisible();
  await expect(nav.getByRole("link", { name: /Campaigns/ })).toHaveAttribute("aria-current", "page");
});

test("at 375 px the navigation collapses behind a menu button", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Items" })).toBeHidden();
  await menu.click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Items" }).click();
  await expect(page).toHaveURL(/\/items$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
});
