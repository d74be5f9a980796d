import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStateFor } from "./auth-state";

const TEXT = "Polska musi wyjść z Unii. Jest to konieczność dla naszego narodu.";
const QUOTE = "Jest to konieczność";

async function createItem(request: APIRequestContext): Promise<string> {
  const response = await request.post("/api/sightings", {
    data: { item: { kind: "post", title: "Annotate me", text: TEXT, url: `https://example.org/annotate-e2e/${Date.now()}-${Math.random()}` }, sighting: { observedAt: "2025-02-01T09:30:00Z" } },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { itemId: string }).itemId;
}

test.describe("as a fact-checker", () => {
  test.use({ storageState: storageStateFor("fact_checker") });

  test("annotates a span of the text after logging, by keyboard alone, sees it highlighted, and removes it", async ({ page }) => {
    const id = await createItem(page.request);
    await page.goto(`/items/${id}`);
    const textPanel = page.getByRole("region", { name: "Text" });
    await textPanel.getByRole("button", { name: "Annotate text" }).press("Enter");

    // Select the quote with the caret: Ctrl+Home, move to its start, Shift+arrows over it, Alt+M.
    const source = page.getByLabel("Select a span of the text");
    await source.focus();
    await page.keyboard.type("typed"); // the copy cannot be edited
    await expect(source).toHaveValue(TEXT);
    await page.keyboard.press("Control+Home");
    for (let i = 0; i < TEXT.indexOf(QUOTE); i++) await page.keyboard.press("ArrowRight");
    for (let i = 0; i < QUOTE.length; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Alt+KeyM");
    await expect(page.getByRole("form", { name: "Add annotation" })).toContainText(`Marking ${QUOTE}`);

    // The marker picker has the focus; the note follows it.
    await expect(page.getByRole("combobox", { name: "Marker" })).toBeFocused();
    await page.keyboard.type("calque");
    // Enter straight after typing, as a fast typist does: the list is still debouncing, and the picker must wait for
    // the answer to "calque" rather than take a stale first option or submit the form.
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Note (optional)")).toBeFocused();
    await page.keyboard.type("<b>calque</b> of «это необходимость»");
    await page.keyboard.press("Enter");

    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toContainText(`“${QUOTE}” marked as Russian syntax calque`);
    await expect(textPanel.locator("mark", { hasText: QUOTE })).toBeVisible();
    const legend = textPanel.getByRole("list", { name: "Language markers" });
    await expect(legend).toContainText("Russian syntax calque");
    await expect(legend).toContainText("<b>calque</b> of «это необходимость»"); // the note stays text
    await expect(textPanel.getByText("1 language marker highlighted")).toBeVisible();
    await expect(page.getByRole("list", { name: "Audit events" })).toContainText("created a language-marker annotation");

    // Remove it: Tab-reachable, confirmed, soft-deleted.
    const remove = legend.getByRole("button", { name: "Remove annotation 1: Russian syntax calque" });
    await remove.focus();
    await page.keyboard.press("Enter");
    await legend.getByRole("button", { name: "Remove annotation", exact: true }).press("Enter");
    await expect(textPanel.locator("mark")).toHaveCount(0);
    await expect(textPanel.getByRole("list", { name: "Language markers" })).toHaveCount(0);
  });

  test("bad spans are refused with 422 naming the field; nothing is added", async ({ page }) => {
    const id = await createItem(page.request);
    const post = (data: object) => page.request.post(`/api/items/${id}/annotations`, { data });
    const paths = async (data: object) => {
      const response = await post(data);
      expect(response.status()).toBe(422);
      return ((await response.json()) as { error: { details: { path: string }[] } }).error.details.map((d) => d.path);
    };
    const at = TEXT.indexOf(QUOTE);
    expect(await paths({ marker: "russian-syntax-calque", startOffset: at, endOffset: 999, quote: QUOTE })).toContain("endOffset");
    expect(await paths({ marker: "russian-syntax-calque", startOffset: at, endOffset: at + QUOTE.length, quote: "something else" })).toContain("quote");
    expect(await paths({ marker: "no-such-marker", startOffset: at, endOffset: at + QUOTE.length, quote: QUOTE })).toContain("marker");
    expect(await paths({ marker: "russian-syntax-calque", startOffset: "x", endOffset: at + QUOTE.length, quote: QUOTE })).toContain("startOffset");
    const item = (await (await page.request.get(`/api/items/${id}`)).json()) as { annotations: unknown[] };
    expect(item.annotations).toEqual([]);
  });
});

test.describe("as a journalist", () => {
  test.use({ storageState: storageStateFor("journalist") });

  test("reads annotations but cannot add or remove them", async ({ page, browser }) => {
    const writer = await browser.newContext({ storageState: storageStateFor("fact_checker") });
    const id = await createItem(writer.request);
    const at = TEXT.indexOf(QUOTE);
    const added = await writer.request.post(`/api/items/${id}/annotations`, { data: { marker: "russian-syntax-calque", startOffset: at, endOffset: at + QUOTE.length, quote: QUOTE } });
    expect(added.status()).toBe(201);
    const annotationId = ((await added.json()) as { id: string }).id;
    await writer.close();

    await page.goto(`/items/${id}`);
    const textPanel = page.getByRole("region", { name: "Text" });
    await expect(textPanel.locator("mark", { hasText: QUOTE })).toBeVisible();
    await expect(textPanel.getByRole("button", { name: "Annotate text" })).toHaveCount(0);
    await expect(textPanel.getByRole("button", { name: /Remove annotation/ })).toHaveCount(0);
    expect((await page.request.post(`/api/items/${id}/annotations`, { data: { marker: "russian-syntax-calque", startOffset: at, endOffset: at + QUOTE.length, quote: QUOTE } })).status()).toBe(403);
    expect((await page.request.delete(`/api/items/${id}/annotations/${annotationId}`)).status()).toBe(403);
  });
});
