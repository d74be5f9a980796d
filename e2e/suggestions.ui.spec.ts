import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStateFor } from "./auth-state";

// A re-upload of the demo case's Alan Read deepfake: the same person impersonated, the transcript with one edit.
const COPY =
  "As a professor at King's College London I have studied political performance for thirty years, and I have " +
  "never seen a worse actor than Emmanuel Macron. He plays the war leader while France pays for his vanity. " +
  "Europe deserves better than this clown!";

/** Logs a copy as a fact-checker (a platform URL, so no shared-domain signal with other tests' items). */
async function logCopy(request: APIRequestContext, tag: string): Promise<string> {
  const videoId = `${tag}${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`.replace(/[^A-Za-z0-9]/g, "").slice(-11).padStart(11, "x");
  const response = await request.post("/api/sightings", {
    data: {
      item: { kind: "video", title: `Re-upload of the Alan Read deepfake (${tag})`, text: COPY, url: `https://www.youtube.com/watch?v=${videoId}`, persons: [{ name: "Alan Read", role: "impersonated" }] },
      sighting: { observedAt: "2024-11-15T10:00:00Z" },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { itemId: string }).itemId;
}

test.describe("as a fact-checker", () => {
  test.use({ storageState: storageStateFor("fact_checker") });

  test("a logged copy shows its campaign suggestion with reasons; accepting it links the item", async ({ page }) => {
    const id = await logCopy(page.request, "fc");
    await page.goto(`/items/${id}?logged=created`);
    const panel = page.getByRole("region", { name: "Campaign suggestions" });
    const suggestion = panel.getByRole("article", { name: "Belongs to Matryoshka?" });
    await expect(suggestion.getByRole("list", { name: "Reasons" })).toContainText("impersonates Alan Read");
    await expect(suggestion.getByRole("list", { name: "Reasons" })).toContainText("near-identical text");
    await suggestion.getByRole("button", { name: "Accept" }).click();
    await expect(panel.getByText("No campaign suggestion for this item")).toBeVisible();
    const campaigns = page.getByRole("region", { name: "Campaigns" });
    await expect(campaigns.getByRole("listitem").filter({ hasText: "Matryoshka" })).toContainText("Confirmed");
  });
});

test.describe("as a journalist", () => {
  test.use({ storageState: storageStateFor("journalist") });

  test("sees the suggestion but no accept button, and the API refuses the decision", async ({ page, browser }) => {
    const factChecker = await browser.newContext({ storageState: storageStateFor("fact_checker") });
    const id = await logCopy(factChecker.request, "jn");
    await factChecker.close();
    await page.goto(`/items/${id}`);
    const suggestion = page.getByRole("region", { name: "Campaign suggestions" }).getByRole("article", { name: "Belongs to Matryoshka?" });
    await expect(suggestion.getByRole("list", { name: "Reasons" })).toContainText("impersonates Alan Read");
    await expect(suggestion.getByRole("button")).toHaveCount(0);
    const listed = await page.request.get(`/api/clustering/suggestions?item=${id}`);
    expect(listed.status()).toBe(200);
    const [first] = ((await listed.json()) as { suggestions: { id: string }[] }).suggestions;
    const refused = await page.request.post(`/api/clustering/suggestions/${first.id}/accept`, { data: {} });
    expect(refused.status()).toBe(403);
    expect((await page.request.post("/api/clustering/runs", { data: {} })).status()).toBe(403);
  });
});
