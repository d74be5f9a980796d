import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./auth-state";

// The "ui" project signs in as the demo admin; these tests switch to the role they are about.

test.describe("as a researcher", () => {
  test.use({ storageState: storageStateFor("researcher") });

  test("filters, downloads a CSV table of a campaign and pins a snapshot", async ({ page }) => {
    await page.goto("/exports?campaign=matryoshka&format=jsonl");
    await expect(page.getByRole("heading", { name: "Exports", level: 1 })).toBeVisible();
    await expect(page.getByLabel("Campaign", { exact: true })).toHaveValue("matryoshka");
    await expect(page.getByRole("radio", { name: "JSON Lines" })).toBeChecked();

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: /Download JSON Lines/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^sightline-matryoshka-\d{4}-\d{2}-\d{2}-items\.jsonl$/);
    const lines = (await readFile((await file.path())!, "utf8")).trimEnd().split("\n").map((l) => JSON.parse(l) as { campaigns: { slug: string }[] });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.campaigns.some((c) => c.slug === "matryoshka"))).toBe(true);
    await expect(page.getByText(/^Downloaded/)).toBeVisible();

    await page.getByRole("radio", { name: "STIX 2.1 bundle" }).check();
    await expect(page).toHaveURL(/format=stix/);
    await page.getByRole("button", { name: "Save as snapshot" }).click();
    const saved = page.getByRole("status", { name: "Snapshot saved" });
    await expect(saved).toContainText(/Snapshot [0-9a-f-]{36} saved/);
    await expect(saved.getByRole("cell", { name: "bundle.json" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Snapshots" }).getByRole("cell", { name: "campaign matryoshka" }).first()).toBeVisible();
  });

  test("Clear filters in the data step empties the filter and the URL, and keeps the format", async ({ page }) => {
    await page.goto("/exports?campaign=matryoshka&language=ru&format=jsonl");
    const data = page.getByRole("region", { name: "1. Which data" });
    await data.getByRole("button", { name: "Clear filters" }).click();
    await expect(page).not.toHaveURL(/campaign=|language=/);
    await expect(page).toHaveURL(/format=jsonl/);
    await expect(data.getByLabel("Campaign", { exact: true })).toHaveValue("");
    await expect(data.getByRole("button", { name: "Clear filters" })).toHaveCount(0);
  });

  test("a reversed date range is refused with the field named", async ({ page }) => {
    await page.goto("/exports?from=2025-03-01&to=2025-01-01");
    await page.getByRole("button", { name: /Download CSV/ }).click();
    const alert = page.getByRole("alert").filter({ hasText: "The export could not be made" });
    await expect(alert).toContainText("to");
    await expect(alert).toContainText("must not be before from");
  });
});

test.describe("as a journalist", () => {
  test.use({ storageState: storageStateFor("journalist") });

  test("has no Exports page and the API refuses with 403", async ({ page }) => {
    await page.goto("/exports");
    await expect(page).toHaveURL(/\/forbidden/);
    await expect(page.getByRole("navigation").getByRole("link", { name: "Exports" })).toHaveCount(0);
    const response = await page.request.get("/api/exports?format=csv");
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe("forbidden");
  });
});
