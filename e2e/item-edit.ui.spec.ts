import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStateFor } from "./auth-state";

async function createItem(request: APIRequestContext, title: string): Promise<string> {
  const response = await request.post("/api/sightings", {
    data: { item: { kind: "post", title, url: `https://example.org/edit-e2e/${Date.now()}-${Math.random()}` }, sighting: { observedAt: "2025-02-01T09:30:00Z" } },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { itemId: string }).itemId;
}

test.describe("as a fact-checker", () => {
  test.use({ storageState: storageStateFor("fact_checker") });

  test("editing from a stale version gets a clear conflict and overwrites nothing", async ({ page }) => {
    const id = await createItem(page.request, "Edit me");
    await page.goto(`/items/${id}`);
    await page.getByRole("button", { name: "Edit item" }).click();
    const form = page.getByRole("form", { name: "Edit item" });
    await form.getByLabel("Title").fill("My edit");

    // Someone else saves first, from the same version.
    const other = await page.request.patch(`/api/items/${id}`, { data: { version: 1, title: "Their edit" } });
    expect(other.status()).toBe(200);

    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(form.getByRole("alert")).toContainText("Someone else changed this item since you opened it — reload to see their change");
    await form.getByRole("button", { name: "Reload the item" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Their edit");

    // Reopened at the current version, the edit goes through and shows in the history.
    await page.getByRole("button", { name: "Edit item" }).click();
    await page.getByRole("form", { name: "Edit item" }).getByLabel("Title").fill("My edit, second try");
    await page.getByRole("form", { name: "Edit item" }).getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My edit, second try");
    const history = page.getByRole("list", { name: "Audit events" });
    await expect(history.getByRole("row").filter({ hasText: "Their edit" }).first()).toBeVisible();
  });

  test("a fact-checker cannot delete", async ({ page }) => {
    const id = await createItem(page.request, "Not deletable by fact-checkers");
    expect((await page.request.delete(`/api/items/${id}`)).status()).toBe(403);
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("soft delete shows a banner with Restore; restore brings the item back", async ({ page, browser }) => {
    const id = await createItem(page.request, "Delete and restore me");
    await page.goto(`/items/${id}`);
    await page.getByRole("button", { name: "Delete…" }).click();
    await page.getByRole("button", { name: "Delete item" }).click();
    await expect(page.getByText("This item is deleted.")).toBeVisible();

    const factChecker = await browser.newContext({ storageState: storageStateFor("fact_checker") });
    expect((await factChecker.request.get(`/api/items/${id}`)).status()).toBe(404);

    await page.getByRole("button", { name: "Restore" }).click();
    await expect(page.getByText("This item is deleted.")).toBeHidden();
    expect((await factChecker.request.get(`/api/items/${id}`)).status()).toBe(200);
    await factChecker.close();
  });
});
