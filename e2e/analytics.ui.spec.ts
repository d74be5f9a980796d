import { expect, test } from "@playwright/test";

test("filtering Analytics by a country changes the charts' data and the URL, and a reload keeps both", async ({ page }) => {
  await page.goto("/analytics");
  await expect(page.getByRole("heading", { level: 1, name: "Analytics" })).toBeVisible();
  const countries = page.getByRole("region", { name: "Countries: target versus origin" });
  const table = countries.getByTestId("countries-table");
  // Unfiltered, the demo case reaches audiences in several countries, Poland and France among them.
  await expect(table.getByRole("row", { name: /France/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /Poland/ })).toBeVisible();

  await page.getByLabel("Target country").selectOption("PL");
  await expect(page).toHaveURL(/[?&]country=PL(&|$)/);
  const languages = page.getByRole("region", { name: "Languages" });
  await languages.getByRole("button", { name: "Table" }).click();
  const languageRows = languages.getByRole("table").getByRole("row");
  await expect(languageRows.filter({ hasText: "Polish" })).toBeVisible();
  await expect(languageRows.filter({ hasText: "French" })).toHaveCount(0);
  // The demo case has two Polish items aimed at Poland, seen 18 times.
  await expect(languageRows.filter({ hasText: "Polish" }).getByRole("cell")).toHaveText(["pl", "Polish", "2", "18"]);

  await page.reload();
  await expect(page).toHaveURL(/[?&]country=PL(&|$)/);
  await expect(page.getByLabel("Target country")).toHaveValue("PL");
  const afterReload = page.getByRole("region", { name: "Languages" });
  await afterReload.getByRole("button", { name: "Table" }).click();
  await expect(afterReload.getByRole("table").getByRole("row").filter({ hasText: "Polish" }).getByRole("cell")).toHaveText(["pl", "Polish", "2", "18"]);
  await expect(afterReload.getByRole("table").getByRole("row").filter({ hasText: "French" })).toHaveCount(0);
});

test("every chart switches to a data table and downloads exactly that data as CSV", async ({ page }) => {
  await page.goto("/analytics?campaign=matryoshka&interval=month");
  const panel = page.getByRole("region", { name: "Sightings over time" });
  await expect(panel.locator(".recharts-area").first()).toBeVisible();
  await panel.getByRole("button", { name: "Table" }).click();
  const rows = panel.getByRole("table").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const shown = await rows.count();
  const downloading = page.waitForEvent("download");
  await panel.getByRole("button", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("sightline-sightings-over-time-campaign-matryoshka-interval-month-stack-platform.csv");
  const csv = await (await download.createReadStream()).toArray();
  const lines = Buffer.concat(csv).toString("utf8").trimEnd().split("\r\n");
  expect(lines[0].startsWith("bucket,")).toBe(true);
  expect(lines).toHaveLength(shown + 1);
});

test("a reversed date range in the address is reported, naming the field", async ({ page, request }) => {
  const response = await request.get("/api/analytics/spread?from=2025-02-01&to=2025-01-01");
  expect(response.status()).toBe(422);
  expect((await response.json()).error.details[0].path).toBe("to");
  await page.goto("/analytics?from=2025-02-01&to=2025-01-01");
  await expect(page.getByRole("alert").filter({ hasText: "Invalid filters" })).toContainText("to: must not be before from");
});
