import path from "node:path";
import { expect, test } from "@playwright/test";

// Runs in the "ui" project as the signed-in demo admin (see playwright.config.ts; match *.ui.spec.ts or add this file).
const FIXTURE = path.join(import.meta.dirname, "..", "lib", "imports", "fixtures", "sightings.csv");

test("import a CSV: guess and dry run per column, constants, values kept as written, report that survives a reload", async ({ page }) => {
  page.on("dialog", () => {
    throw new Error("a dialog opened: imported text must never run as script");
  });
  await page.goto("/imports");
  await page.getByLabel("File to import").setInputFiles(FIXTURE);
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("heading", { name: /Map the columns/ })).toBeVisible();
  await expect(page.getByText(/1 of the first 7 rows would fail/)).toBeVisible();
  const check = page.getByTestId("mapping-check");
  await expect(check).toContainText("Dry run over the first 7 rows: 6 would import, 1 would fail");
  await expect(check.getByRole("row").filter({ hasText: "target_country" })).toContainText("“Atlantis” ×1: kept raw");
  await expect(check.getByRole("row").filter({ hasText: "seen_at" })).toContainText("“yesterday-ish” ×1: row fails");
  await expect(page.getByLabel("link")).toHaveValue("item.url");
  // Strict makes the kept values fail their rows; unticking brings them back.
  await page.getByLabel(/Strict:/).check();
  await expect(check).toContainText("3 would fail");
  await page.getByLabel(/Strict:/).uncheck();
  await expect(check).toContainText("1 would fail");
  await page.getByLabel("Field", { exact: true }).selectOption("item.verdict");
  await page.getByLabel("Value", { exact: true }).fill("false");
  await page.getByRole("button", { name: "Set for all rows" }).click();
  await expect(page.getByText("Verdict = false")).toBeVisible();
  await expect(check.getByRole("row").filter({ hasText: "item.verdict (constant)" })).toContainText("7/7");
  await page.getByRole("button", { name: "Start import" }).click();
  await expect(page.getByRole("heading", { name: /Report/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "7");
  const failed = page.getByRole("table").filter({ has: page.getByText("Reason") });
  await expect(failed.getByRole("row")).toHaveCount(2);
  await expect(failed).toContainText("seen_at");
  await expect(page.getByTestId("kept-raw")).toContainText("“Atlantis” ×1");
  await expect(page.getByTestId("kept-raw")).toContainText("“javascript:alert(1)” ×1");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download failed rows/ }).click();
  expect((await download).suggestedFilename()).toMatch(/failures\.csv$/);
});

test("a binary file named .csv is refused with a clear message", async ({ page }) => {
  await page.goto("/imports");
  await page.getByLabel("File to import").setInputFiles({ name: "sheet.csv", mimeType: "text/csv", buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 1, 2]) });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /binary file/ })).toBeVisible(); // not Next's route announcer
});
