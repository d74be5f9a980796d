import { expect, test, type Page } from "@playwright/test";

test.use({ storageState: "e2e/.auth/admin.json" });

/** Unique per run: the e2e database outlives a single test run when the server is reused. */
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function addPerson(page: Page, person: { email: string; name: string; role: string }, password?: string) {
  const form = page.getByRole("region", { name: "Add a person" });
  await form.getByLabel("Email").fill(person.email);
  await form.getByLabel("Name").fill(person.name);
  await form.getByLabel("Role").selectOption({ label: person.role });
  if (password) {
    await form.getByLabel("Set a password now").check();
    await form.getByLabel("Password", { exact: true }).fill(password);
    await form.getByRole("button", { name: "Create account" }).click();
  } else {
    await form.getByRole("button", { name: "Create and get invitation link" }).click();
  }
}

const rowOf = (page: Page, email: string) => page.locator(`[data-testid="person-row"][data-email="${email}"]`);

test("create a person with a role, change the role, deactivate and reactivate; every step is in the audit trail", async ({ page }) => {
  const email = `e2e-${stamp()}@newsroom.test`;
  await page.goto("/admin/users");
  await addPerson(page, { email, name: "Erin Example", role: "Journalist" }, "a long enough password");
  await expect(page.getByText(`Created Erin Example (${email})`)).toBeVisible();

  const row = rowOf(page, email);
  await expect(row.getByRole("combobox", { name: "Role of Erin Example" })).toHaveValue("journalist");
  await row.getByRole("combobox", { name: "Role of Erin Example" }).selectOption("researcher");
  await expect(row.getByRole("combobox", { name: "Role of Erin Example" })).toHaveValue("researcher");
  await row.getByRole("button", { name: "Deactivate Erin Example" }).click();
  await expect(row.getByText("Deactivated")).toBeVisible();
  await row.getByRole("button", { name: "Reactivate Erin Example" }).click();
  await expect(row.getByText("Active", { exact: true })).toBeVisible();

  // Reloaded from the server, the change stuck.
  await page.reload();
  await expect(rowOf(page, email).getByRole("combobox", { name: "Role of Erin Example" })).toHaveValue("researcher");

  await rowOf(page, email).getByRole("link", { name: "Audit trail" }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?entityType=user&entityId=/);
  const rows = page.getByTestId("audit-row");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText("update");
  await expect(rows.nth(3)).toContainText("create");
  // The role change, expanded: before → after.
  await rows.nth(2).getByText(/1 field: role/).click();
  await expect(rows.nth(2).getByRole("cell", { name: "journalist", exact: true })).toBeVisible();
  await expect(rows.nth(2).getByRole("cell", { name: "researcher", exact: true })).toBeVisible();
});

test("the last active admin cannot deactivate themselves", async ({ page }) => {
  await page.goto("/admin/users");
  const admins = page.locator('[data-testid="person-row"]').filter({ has: page.locator("option:checked", { hasText: "Admin" }) });
  test.skip((await admins.count()) > 1, "another admin exists in this database");
  await page.locator('[data-testid="person-row"]', { hasText: "(you)" }).getByRole("button", { name: /^Deactivate/ }).click();
  await expect(page.getByRole("alert").filter({ hasText: "last active admin" })).toBeVisible();
  await expect(page.locator('[data-testid="person-row"]', { hasText: "(you)" }).getByText("Active", { exact: true })).toBeVisible();
});

test("invite a person; they set a password through the link in a fresh browser and sign in; the trail shows it", async ({ page, browser }) => {
  const email = `invitee-${stamp()}@newsroom.test`;
  await page.goto("/admin/users");
  await addPerson(page, { email, name: "Ivo Invitee", role: "Fact-checker" });
  const link = await page.getByTestId("invitation-link").getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{43}$/);
  await expect(rowOf(page, email).getByText("Invited")).toBeVisible();

  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const invitee = await stranger.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "Welcome to Sightline, Ivo Invitee" })).toBeVisible();
  await invitee.getByLabel(/New password/).fill("short");
  await invitee.getByLabel("Repeat the password").fill("short");
  await invitee.getByRole("button", { name: "Set password" }).click();
  await expect(invitee.getByRole("alert").filter({ hasText: "at least 10 characters" })).toBeVisible();
  await invitee.getByLabel(/New password/).fill("ivo's own long password");
  await invitee.getByLabel("Repeat the password").fill("ivo's own long password");
  await invitee.getByRole("button", { name: "Set password" }).click();
  await invitee.getByRole("link", { name: "Sign in" }).click();
  await invitee.getByLabel("Email").fill(email);
  await invitee.getByLabel("Password").fill("ivo's own long password");
  await invitee.getByRole("button", { name: "Sign in" }).click();
  await expect(invitee.getByRole("button", { name: "Sign out" })).toBeAttached();

  // The link is spent.
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "Invitation not usable" })).toBeVisible();
  await stranger.close();

  // Filter the trail by the new person as the actor: their acceptance and sign-in.
  await page.goto("/admin/audit");
  await page.getByLabel("Who").selectOption({ label: `Ivo Invitee (${email})` });
  await expect(page).toHaveURL(/actor=/);
  const rows = page.getByTestId("audit-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("sign_in");
  await expect(rows.nth(1)).toContainText("accept_invitation");
  // And as the entity: created, invited, accepted, signed in.
  await page.goto(`/admin/users`);
  await rowOf(page, email).getByRole("link", { name: "Audit trail" }).click();
  await expect(page.getByTestId("audit-row")).toHaveCount(4);
  await expect(page.getByTestId("audit-row").nth(2)).toContainText("invite");
});

test("the audit trail applies typed filters with Enter or Apply, and Clear filters empties the URL", async ({ page }) => {
  await page.goto("/admin/audit");
  const filters = page.getByRole("form", { name: "Audit filters" });
  await filters.getByLabel("Action").fill("sign_in");
  await filters.getByLabel("Action").press("Enter");
  await expect(page).toHaveURL(/action=sign_in/);
  const rows = page.getByTestId("audit-row");
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allTextContents()) expect(text).toContain("sign_in");
  await filters.getByLabel("Entity type").fill("user");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/entityType=user/);
  await expect(page).toHaveURL(/action=sign_in/);
  await filters.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).not.toHaveURL(/action=|entityType=/);
  await expect(filters.getByLabel("Action")).toHaveValue("");
});
