import { expect, test } from "@playwright/test";

test("the Matryoshka dossier tells the story and prints to a tidy PDF", async ({ page }) => {
  await page.goto("/campaigns/matryoshka/dossier");
  await expect(page.getByRole("heading", { level: 1, name: "Matryoshka" })).toBeVisible();
  await expect(page.getByText("Also known as Operation Overload")).toBeVisible();
  for (const section of ["Summary", "Timeline", "Countries", "Languages and language markers", "DISARM techniques", "Items and evidence", "Sources"]) {
    await expect(page.getByRole("heading", { level: 2, name: section, exact: true })).toBeVisible();
  }
  await expect(page.getByLabel("Key figures").getByRole("definition").first()).toHaveText(/^\d+$/);
  await expect(page.getByRole("table", { name: "DISARM tactics and techniques" }).getByText("T0087.001")).toBeVisible();
  await expect(page.getByRole("region", { name: "Impersonated and targeted persons and outlets" }).getByRole("cell", { name: "Alan Read" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Alan Read "insults" Emmanuel Macron/ })).toBeVisible();
  await expect(page.getByRole("img", { name: "Graph excerpt: Matryoshka" })).toBeVisible();
  // The charts render with their prefetched data (no loading state left for the printout).
  await expect(page.getByRole("region", { name: "Sightings over time" }).locator(".recharts-area").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Countries: target versus origin" }).locator("svg path").first()).toBeVisible();

  // Print at the paper's width (A4 at 96 dpi): the charts re-measure and fit the page.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: "print" });
  const chart = page.getByRole("region", { name: "Sightings over time" }).locator(".recharts-wrapper");
  await expect.poll(async () => (await chart.boundingBox())?.width ?? 0).toBeGreaterThan(300);
  await expect.poll(async () => (await chart.boundingBox())?.width ?? 9999).toBeLessThanOrEqual(794);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdf.length).toBeGreaterThan(50_000);
  // One page break per section at least: the document has several pages.
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(8);
  await expect(page).toHaveTitle(/Dossier/);
});

test("an unknown campaign's dossier is a 404 page", async ({ page }) => {
  const response = await page.goto("/campaigns/no-such-campaign/dossier");
  expect(response?.status()).toBe(404);
});
