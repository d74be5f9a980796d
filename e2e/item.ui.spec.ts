import { expect, test } from "@playwright/test";

test("the Alan Read deepfake page shows facts, parties, campaign reasons and sightings", async ({ page }) => {
  await page.goto("/items?q=Alan+Read");
  await page.getByRole("link", { name: /Deepfake: KCL professor Alan Read/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Alan Read "insults" Emmanuel Macron/ })).toBeVisible();
  await expect(page).toHaveTitle(/Alan Read/);

  const parties = page.getByRole("region", { name: "People and organisations" });
  await expect(parties.getByRole("listitem").filter({ hasText: "Alan Read" }).getByText("Impersonated")).toBeVisible();

  const campaigns = page.getByRole("region", { name: "Campaigns" });
  await expect(campaigns.getByRole("link", { name: "Matryoshka" })).toBeVisible();
  await expect(campaigns.getByText(/Confidence \d+%/)).toBeVisible();

  const sightings = page.getByRole("region", { name: "Sightings" });
  await expect(sightings.getByRole("row").nth(1)).toBeVisible();
  expect(await sightings.locator("tbody tr").count()).toBeGreaterThan(1);

  const external = page.getByRole("region", { name: "Facts" }).getByRole("link", { name: /^https:/ }).first();
  await expect(external).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(external).toHaveAttribute("target", "_blank");
});

test("a Polish item highlights the Russian syntax calque marker", async ({ page }) => {
  await page.goto("/items?language=pl");
  await page.getByRole("link", { name: /Polacy, obudźcie się/ }).click();
  const transcript = page.getByRole("region", { name: "Transcript" });
  const mark = transcript.locator("mark", { hasText: "w pierwszej kolejności" });
  await expect(mark).toBeVisible();
  await expect(mark).toHaveAttribute("title", "Russian syntax calque");
  await expect(transcript.getByRole("list", { name: "Language markers" }).getByText("Russian syntax calque").first()).toBeVisible();
});

test("an unknown or malformed item id shows the 404 page", async ({ page }) => {
  for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
    const response = await page.goto(`/items/${id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Item not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to items" })).toBeVisible();
  }
});
