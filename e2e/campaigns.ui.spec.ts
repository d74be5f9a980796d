import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStateFor } from "./auth-state";

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

async function createCampaign(request: APIRequestContext, name: string): Promise<{ id: string; slug: string; version: number }> {
  const response = await request.post("/api/campaigns", { data: { name, targetCountries: ["PL"] } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; slug: string; version: number };
}

async function logInto(request: APIRequestContext, campaign: string, title: string): Promise<string> {
  const response = await request.post("/api/sightings", {
    data: {
      item: { kind: "video", title, url: `https://example.org/campaigns-e2e/${unique()}`, campaign, language: "pl", targetCountries: ["PL"] },
      sighting: { observedAt: "2025-02-01T09:30:00Z" },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { itemId: string }).itemId;
}

test.describe("as a journalist", () => {
  test.use({ storageState: storageStateFor("journalist") });

  test("the list filters in the URL, survives a reload, and opens Matryoshka without edit controls", async ({ page }) => {
    await page.goto("/campaigns");
    const table = page.getByRole("table", { name: /Campaigns/ });
    await expect(table.getByRole("link", { name: "Matryoshka", exact: true })).toBeVisible();
    await expect(table.getByRole("link", { name: "Doppelganger", exact: true })).toBeVisible();

    await page.getByLabel("Search names and aliases").fill("Storm-1679");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/q=Storm-1679/);
    await expect(table.getByRole("link", { name: "Doppelganger", exact: true })).toBeHidden();
    await page.getByLabel("Status").selectOption("active");
    await expect(page).toHaveURL(/status=active/);

    await page.reload();
    await expect(page.getByLabel("Search names and aliases")).toHaveValue("Storm-1679");
    await expect(page.getByLabel("Status")).toHaveValue("active");
    await expect(table.getByRole("row")).toHaveCount(2); // the header and Matryoshka

    await table.getByRole("link", { name: "Matryoshka", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Matryoshka");
    await expect(page.locator("header").getByText("Operation Overload · Storm-1679")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Clustering suggestions" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Graph", exact: true })).toBeVisible();
    await expect(page.getByRole("table", { name: /Items linked/ }).getByRole("row").nth(1)).toBeVisible();
    await expect(page.getByRole("link", { name: "Dossier" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit campaign" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Merge into…" })).toHaveCount(0);
    await expect(page.getByRole("table", { name: /Items linked/ }).getByRole("checkbox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Re-run clustering" })).toHaveCount(0);
  });

  test("writes are refused with 403", async ({ page }) => {
    expect((await page.request.post("/api/campaigns", { data: { name: `Journalist ${unique()}` } })).status()).toBe(403);
    expect((await page.request.patch("/api/campaigns/matryoshka", { data: { version: 1, name: "Hijacked" } })).status()).toBe(403);
    expect((await page.request.post("/api/campaigns/matryoshka/merge", { data: { version: 1, into: "doppelganger" } })).status()).toBe(403);
    expect((await page.request.get("/api/campaigns/matryoshka")).status()).toBe(200);
    await page.goto("/campaigns/new");
    await expect(page).toHaveURL(/\/forbidden/);
  });
});

test.describe("as a fact-checker", () => {
  test.use({ storageState: storageStateFor("fact_checker") });

  test("creates and edits a campaign; a stale edit gets a conflict and overwrites nothing", async ({ page }) => {
    const name = `E2E campaign ${unique()}`;
    await page.goto("/campaigns/new");
    const form = page.getByRole("form", { name: "New campaign" });
    await form.getByLabel("Name").fill("matryoshka");
    await form.getByRole("button", { name: "Create campaign" }).click();
    await expect(form.getByRole("alert").first()).toContainText("already used by campaign “Matryoshka”");

    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Aliases (one per line)").fill("<script>alert(1)</script>");
    await form.getByLabel("Description").fill("Fake clips <b>not bold</b>");
    await form.getByRole("combobox", { name: "Threat actor" }).fill("Social Design");
    await page.getByRole("option", { name: /Social Design Agency/ }).click();
    await form.getByRole("combobox", { name: "Target countries" }).fill("Poland");
    await page.getByRole("option", { name: /Poland/ }).click();
    await form.getByRole("button", { name: "Choose DISARM techniques…" }).click();
    await form.getByLabel("Search DISARM techniques by id or name").fill("T0087.001");
    await form.getByRole("checkbox", { name: /T0087\.001/ }).check();
    await form.getByRole("button", { name: "Add a source" }).click();
    await form.getByLabel("Title").fill("A report");
    await form.getByLabel("Link (http or https)").fill("https://example.org/report");
    await form.getByRole("button", { name: "Create campaign" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.locator("header").getByText("<script>alert(1)</script>")).toBeVisible();
    await expect(page.getByRole("region", { name: "About" }).getByText("Fake clips <b>not bold</b>")).toBeVisible();
    await expect(page.getByRole("region", { name: "Facts" }).getByText("Social Design Agency")).toBeVisible();
    await expect(page.getByRole("link", { name: "A report" })).toHaveAttribute("href", "https://example.org/report");
    await expect(page.getByRole("region", { name: "DISARM techniques" }).getByText("T0087.001")).toBeVisible();

    await page.getByRole("link", { name: "Edit campaign" }).click();
    const edit = page.getByRole("form", { name: "Edit campaign" });
    await edit.getByLabel("Description").fill("My edit");
    // Someone else saves first, from the same version.
    const slug = page.url().split("/campaigns/")[1].split("/")[0];
    const other = await page.request.patch(`/api/campaigns/${slug}`, { data: { version: 1, description: "Their edit" } });
    expect(other.status()).toBe(200);
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(edit.getByRole("alert")).toContainText("changed by someone else");
    await edit.getByRole("button", { name: /Load the current campaign/ }).click();
    await expect(page.getByRole("form", { name: "Edit campaign" }).getByLabel("Description")).toHaveValue("Their edit");
    await page.getByRole("form", { name: "Edit campaign" }).getByLabel("Description").fill("My edit, second try");
    await page.getByRole("form", { name: "Edit campaign" }).getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("region", { name: "About" }).getByText("My edit, second try")).toBeVisible();
  });

  test("splits selected items into a new campaign, then merges it back", async ({ page }) => {
    const parentName = `Parent ${unique()}`;
    const parent = await createCampaign(page.request, parentName);
    const stays = await logInto(page.request, parent.slug, `Stays ${unique()}`);
    const moves = await logInto(page.request, parent.slug, `Moves ${unique()}`);
    await page.goto(`/campaigns/${parent.slug}`);
    const items = page.getByRole("table", { name: /Items linked/ });
    await expect(items.getByRole("row")).toHaveCount(3);
    await items.getByRole("row").filter({ hasText: "Moves" }).getByRole("checkbox").check();
    const split = page.getByRole("form", { name: "Split the selected items into a new campaign" });
    const childName = `Child ${unique()}`;
    await split.getByLabel("Name of the new campaign").fill(childName);
    await split.getByRole("button", { name: "Split 1 item into a new campaign" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(childName);
    await expect(page.getByRole("table", { name: /Items linked/ }).getByRole("link", { name: /Moves/ })).toBeVisible();
    const childUrl = page.url();

    await page.getByRole("button", { name: "Merge into…" }).click();
    const merge = page.getByRole("form", { name: "Merge this campaign into another" });
    await merge.getByRole("combobox", { name: "Campaign to merge into" }).fill(parentName);
    await page.getByRole("option", { name: parentName }).click();
    await merge.getByRole("button", { name: `Merge into ${parentName}` }).click();

    await expect(page).toHaveURL(new RegExp(`/campaigns/${parent.slug}\\?merged=`));
    await expect(page.getByRole("status").filter({ hasText: "was merged into this one" })).toBeVisible();
    await expect(page.locator("header").getByText(childName)).toBeVisible(); // kept as an alias
    const table = page.getByRole("table", { name: /Items linked/ });
    await expect(table.getByRole("row")).toHaveCount(3);
    await expect(page.getByLabel("Key figures").getByRole("term").filter({ hasText: /^Items$/ }).locator("xpath=following-sibling::dd")).toHaveText("2");
    // The merged campaign's old address leads to the survivor.
    await page.goto(childUrl);
    await expect(page).toHaveURL(new RegExp(`/campaigns/${parent.slug}\\?merged=`));
    await expect(table.getByRole("link", { name: /^Stays/ })).toHaveAttribute("href", `/items/${stays}`);
    await expect(table.getByRole("link", { name: /^Moves/ })).toHaveAttribute("href", `/items/${moves}`);
  });

  test("bad merges and splits are refused naming the field", async ({ page }) => {
    const a = await createCampaign(page.request, `Bad input ${unique()}`);
    const self = await page.request.post(`/api/campaigns/${a.id}/merge`, { data: { version: a.version, into: a.id } });
    expect(self.status()).toBe(422);
    expect(((await self.json()) as { error: { details: { path: string }[] } }).error.details[0].path).toBe("into");
    const empty = await page.request.post(`/api/campaigns/${a.id}/split`, { data: { version: a.version, itemIds: [], name: "x" } });
    expect(empty.status()).toBe(422);
    const duplicate = await page.request.post("/api/campaigns", { data: { name: "MATRYOSHKA" } });
    expect(duplicate.status()).toBe(409);
  });
});
