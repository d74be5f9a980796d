import { expect, test as setup } from "@playwright/test";
import { storageStateFor, type DemoRole } from "./auth-state";

const ROLES: DemoRole[] = ["admin", "fact_checker", "journalist", "researcher"];

for (const role of ROLES) {
  setup(`sign in as the demo ${role}`, async ({ page }) => {
    await page.goto("/sign-in");
    const row = page.getByTestId(`demo-${role}`);
    await expect(row).toBeVisible();
    const [email, password] = await row.locator("code").allTextContents();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeAttached();
    await page.context().storageState({ path: storageStateFor(role) });
  });
}
