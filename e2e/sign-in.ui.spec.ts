import { expect, test } from "@playwright/test";

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a page sends you to sign-in and back to where you were", async ({ page }) => {
    await page.goto("/items?kind=video");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fitems%3Fkind%3Dvideo/);
    const row = page.getByTestId("demo-journalist");
    const [email, password] = await row.locator("code").allTextContents();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#sign-in-error")).toHaveText("Wrong email or password.");
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/items\?kind=video$/);
    // A journalist reads but does not log sightings or administer.
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Items" })).toBeVisible();
    await expect(nav.getByRole("link", { name: /Log a sighting/ })).toHaveCount(0);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/forbidden\?need=admin/);
  });

  test("the API answers 401 in the one error shape", async ({ request }) => {
    const response = await request.get("/api/items");
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe("unauthenticated");
  });
});
