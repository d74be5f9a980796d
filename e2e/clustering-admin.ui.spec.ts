import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStateFor } from "./auth-state";

// A re-upload of the demo case's Alan Read deepfake: logging it makes a suggestion to add it to Matryoshka.
const COPY =
  "As a professor at King's College London I have studied political performance for thirty years, and I have " +
  "never seen a worse actor than Emmanuel Macron. He plays the war leader while France pays for his vanity. " +
  "Europe deserves better than this clown!";

async function logCopy(request: APIRequestContext, tag: string): Promise<{ id: string; title: string }> {
  const videoId = `${tag}${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`.replace(/[^A-Za-z0-9]/g, "").slice(-11).padStart(11, "x");
  const title = `Admin review copy ${tag} ${videoId}`;
  const response = await request.post("/api/sightings", {
    data: {
      item: { kind: "video", title, text: COPY, url: `https://www.youtube.com/watch?v=${videoId}`, persons: [{ name: "Alan Read", role: "impersonated" }] },
      sighting: { observedAt: "2024-11-15T10:00:00Z" },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return { id: ((await response.json()) as { itemId: string }).itemId, title };
}

test.describe("Admin → Clustering", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("lists additions to campaigns; accept, undo, then reject an item; the campaigns list shows what is pending", async ({ page, browser }) => {
    test.slow(); // logs a sighting and loads five pages: on a loaded 2-core machine this outlasts the default 30 s
    const factChecker = await browser.newContext({ storageState: storageStateFor("fact_checker") });
    const copy = await logCopy(factChecker.request, "ad");
    await factChecker.close();

    await page.goto("/admin/clustering?kind=additions");
    await expect(page.getByRole("term").filter({ hasText: "Content clusters" })).toBeVisible();
    await expect(page.getByRole("term").filter({ hasText: "Campaign suggestions" })).toBeVisible();
    const suggestions = page.getByRole("region", { name: "Open suggestions" });
    const card = suggestions.getByRole("article").filter({ hasText: copy.title });
    await expect(card).toHaveAccessibleName(/^Add \d+ items? to Matryoshka$/);
    await expect(card.getByText("Addition", { exact: true })).toBeVisible();
    await expect(card.getByRole("list", { name: "Reasons" })).toContainText("impersonate");

    // The campaigns list counts it, and the badge links to the campaign's review.
    await page.goto("/campaigns?pending=true&sort=pending");
    const pending = page.getByRole("link", { name: /suggested items? to review in Matryoshka/ });
    await expect(pending).toBeVisible();
    await page.goto("/admin/clustering?kind=additions");

    await card.getByRole("button", { name: `Accept ${copy.title}` }).click();
    const status = suggestions.getByRole("status").filter({ hasText: "Accepted 1 item into Matryoshka." });
    await expect(status).toBeVisible();
    await expect(card).toHaveCount(0);
    await status.getByRole("button", { name: /^Undo/ }).click();
    await expect(suggestions.getByRole("status").filter({ hasText: "Undone" })).toBeVisible();
    await expect(card).toBeVisible();
    const again = await page.request.get(`/api/clustering/suggestions?item=${copy.id}`);
    expect(((await again.json()) as { suggestions: unknown[] }).suggestions).toHaveLength(1);

    await card.getByRole("button", { name: `Reject ${copy.title}` }).click();
    await expect(suggestions.getByRole("status").filter({ hasText: "Rejected 1 item for Matryoshka." })).toBeVisible();
    await expect(card).toHaveCount(0);
    const recent = page.getByRole("list", { name: "Recent decisions" });
    await expect(recent.getByRole("listitem").first()).toContainText("Rejected 1 item for Matryoshka");
    await expect(recent.getByRole("listitem").first().getByRole("button", { name: /^Undo/ })).toBeVisible();
    // The accept that was undone says so and offers nothing more.
    await expect(recent.getByRole("listitem").nth(1)).toContainText("undone");
    await expect(recent.getByRole("listitem").nth(1).getByRole("button")).toHaveCount(0);
  });

  test("an unknown filter value is refused with the field named; an empty filter says so", async ({ page }) => {
    const bad = await page.request.get("/api/clustering/suggestions?open=1&kind=old");
    expect(bad.status()).toBe(422);
    expect(JSON.stringify(await bad.json())).toContain("kind");
    await page.goto("/admin/clustering?kind=new&size=large");
    await expect(page.getByRole("region", { name: "Open suggestions" })).toContainText("No open suggestions match these filters");
  });
});
