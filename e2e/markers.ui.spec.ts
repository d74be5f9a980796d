import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./auth-state";

/** Unique per run: the e2e database outlives a single test run when the server is reused. */
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const rowOf = (page: Page, slug: string) => page.locator(`[data-testid="marker-row"][data-slug="${slug}"]`);

// Names avoid "calque": annotations.ui.spec.ts types it into the marker picker and expects the demo's marker first.
test.describe("as an admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("add a marker (a bad slug and a taken name are refused at their fields), edit it, delete it, restore it; all audited", async ({ page }) => {
    const id = stamp();
    const slug = `e2e-word-order-${id}`;
    const name = `E2E word-order slip ${id}`;
    await page.goto("/admin/markers");
    await expect(page.getByRole("navigation", { name: "Admin sections" }).getByRole("link", { name: "Language markers" })).toHaveAttribute("aria-current", "page");

    const form = page.getByRole("region", { name: "Add a language marker" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Slug").fill("Bad Slug!");
    await form.getByLabel("Category").fill("syntax");
    await form.getByLabel("Languages").fill("pl, de");
    await form.getByLabel("Description").fill("A Russian construction carried word for word into Polish or German.");
    await form.getByRole("button", { name: "Add marker" }).click();
    await expect(form.getByText("Slug must be lower-case letters, digits and hyphens")).toBeVisible();
    await expect(form.getByLabel("Slug")).toHaveAttribute("aria-invalid", "true");
    await expect(rowOf(page, "bad-slug")).toHaveCount(0);

    await form.getByLabel("Slug").fill(slug);
    await form.getByRole("button", { name: "Add marker" }).click();
    await expect(form.getByText(`Added “${name}” (${slug}).`)).toBeVisible();
    await expect(form.getByLabel("Name")).toHaveValue("");
    const row = rowOf(page, slug);
    await expect(row).toContainText(name);
    await expect(row.getByRole("list", { name: "Languages" }).getByRole("listitem")).toHaveText(["pl", "de"]);
    await expect(row.getByRole("cell").nth(4)).toHaveText("0");

    // Names are unique too: the 409 says which field clashed.
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Slug").fill(`${slug}-again`);
    await form.getByRole("button", { name: "Add marker" }).click();
    await expect(form.getByText("Name is already used by another language marker")).toBeVisible();
    await expect(rowOf(page, `${slug}-again`)).toHaveCount(0);

    // Edit in a dialog: a bad language tag is refused at its field, then the change is saved.
    const renamed = `E2E Russian word-order slip ${id}`;
    await row.getByRole("button", { name: `Edit ${name}` }).click();
    const edit = page.getByRole("dialog", { name: `Edit “${name}”` });
    await expect(edit.getByLabel("Languages")).toHaveValue("pl, de");
    await edit.getByLabel("Name").fill(renamed);
    await edit.getByLabel("Languages").fill("pl, uk, xx1");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(edit.getByText(/^Languages must be a BCP 47 language tag .*; got "xx1"$/)).toBeVisible();
    await edit.getByLabel("Languages").fill("pl, uk");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByText(`Saved “${renamed}”.`)).toBeVisible();
    await expect(row).toContainText(renamed);
    await expect(row.getByRole("list", { name: "Languages" }).getByRole("listitem")).toHaveText(["pl", "uk"]);

    // Someone else saves while the dialog is open: ours is refused (409), nothing overwritten, the form reloads.
    await row.getByRole("button", { name: `Edit ${renamed}` }).click();
    const stale = page.getByRole("dialog", { name: `Edit “${renamed}”` });
    await expect(stale.getByLabel("Category")).toHaveValue("syntax");
    const current = (await (await page.request.get(`/api/v1/language-markers?q=${slug}`)).json()) as { data: { id: string; updatedAt: string }[] };
    const [{ id: markerId, updatedAt }] = current.data;
    expect((await page.request.patch(`/api/v1/language-markers/${markerId}`, { data: { updatedAt, category: "lexis" } })).status()).toBe(200);
    await stale.getByLabel("Description").fill("Our edit, made on an old copy.");
    await stale.getByRole("button", { name: "Save changes" }).click();
    await expect(stale.getByRole("alert")).toContainText("Someone else changed this marker since you opened it");
    await expect(stale.getByLabel("Category")).toHaveValue("lexis");
    await expect(stale.getByLabel("Description")).toHaveValue("A Russian construction carried word for word into Polish or German.");
    await stale.getByRole("button", { name: "Cancel" }).click();
    await expect(stale).toBeHidden();
    await expect(row).toContainText("lexis");

    // Delete, confirmed: it leaves the list, and shows (as deleted) with "Show deleted".
    await row.getByRole("button", { name: `Delete ${renamed}` }).click();
    const confirm = page.getByRole("dialog", { name: `Delete “${renamed}”?` });
    await expect(confirm).toContainText("No annotation uses it yet.");
    await expect(confirm).toContainText("can be restored");
    await confirm.getByRole("button", { name: "Delete marker" }).click();
    await expect(confirm).toBeHidden();
    await expect(row).toHaveCount(0);

    await page.getByLabel("Show deleted").check();
    await expect(page).toHaveURL(/[?&]deleted=true/);
    await expect(row.getByText("Deleted", { exact: true })).toBeVisible();
    await expect(row.getByRole("button", { name: `Edit ${renamed}` })).toHaveCount(0);
    await row.getByRole("button", { name: `Restore ${renamed}` }).click();
    await expect(page.getByText(`Restored “${renamed}”`)).toBeVisible();
    await expect(row.getByText("Deleted", { exact: true })).toHaveCount(0);
    await page.getByLabel("Show deleted").uncheck();
    await expect(row).toContainText(renamed);

    // Reloaded from the server, every change stuck; the trail has each write, newest first.
    await page.reload();
    await expect(rowOf(page, slug)).toContainText(renamed);
    await rowOf(page, slug).getByRole("link", { name: "Audit trail" }).click();
    await expect(page).toHaveURL(/\/admin\/audit\?entityType=language_marker&entityId=/);
    const events = page.getByTestId("audit-row");
    await expect(events).toHaveCount(5);
    for (const [i, action] of ["restore", "delete", "update", "update", "create"].entries()) {
      await expect(events.nth(i)).toContainText(action);
    }
  });

  test("markers in use show how many annotations use them", async ({ page }) => {
    await page.goto("/admin/markers");
    // The demo case annotates a hashtag written with a Cyrillic «а».
    await expect(rowOf(page, "cyrillic-homoglyph").getByRole("cell").nth(4)).toHaveText(/^[1-9]\d*$/);
  });
});

for (const role of ["fact_checker", "journalist"] as const) {
  test.describe(`as a ${role.replace("_", "-")}`, () => {
    test.use({ storageState: storageStateFor(role) });

    test("the page is forbidden and the tab is not offered", async ({ page }) => {
      await page.goto("/admin/markers");
      await expect(page).toHaveURL(/\/forbidden\?need=admin/);
      await expect(page.getByRole("link", { name: "Language markers" })).toHaveCount(0);
    });
  });
}
