import path from "node:path";
import { expect, test } from "@playwright/test";

// Runs in the "ui" project as the signed-in demo admin (see playwright.config.ts; match *.ui.spec.ts or add this file).
const FIXTURE = path.join(import.meta.dirname, "..", "lib", "imports", "fixtures", "sightings.csv");

test("import a CSV: preview with per-cell errors, progress, report that survives a reload", async ({ page }) => {
  page.on("dialog", () => {
    throw new Error("a dialog opened: imported text must never run as script");
  });
  await page.goto("/imports");
  await page.getByLabel("File to import").setInputFiles(FIXTURE);
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("heading", { name: /Map the columns/ })).toBeVisible();
  await expect(page.getByText(/3 of the first 7 rows would fail/)).toBeVisible();
  await expect(page.getByLabel("link")).toHaveValue("item.url");
  await page.getByRole("button", { name: "Start import" }).click();
  await expect(page.getByRole("heading", { name: /Report/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "7");
  const failed = page.getByRole("table").filter({ has: page.getByText("Reason") });
  await expect(failed.getByRole("row")).toHaveCount(4);
  await expect(failed).toContainText("target_country");
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
